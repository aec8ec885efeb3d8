"""Claim Workbench: find, verify and review the numeric claims in news drafts."""

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    # The version is written once, in pyproject.toml; read on demand so imports stay fast.
    if name != "__version__":
        raise AttributeError(f"module 'workbench' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("claim-workbench")
    except PackageNotFoundError:
        return "0+unknown"
