"""Claim Workbench: find, verify and review the numeric claims in news drafts."""

from .native import use_compiled_build

__all__ = ["__version__"]

# Before any other submodule is imported: the compiled build of the extraction modules, if one was built from
# these very sources (workbench/native.py).
use_compiled_build()


def __getattr__(name: str) -> str:
    # The version is written once, in pyproject.toml; read on demand so imports stay fast.
    if name != "__version__":
        raise AttributeError(f"module 'workbench' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claim-workbench")
    except PackageNotFoundError:
        return "0+unknown"
