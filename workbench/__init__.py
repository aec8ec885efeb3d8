"""Claim Workbench: find, verify and review the numeric claims in news drafts."""

__all__ = ["__version__"]
__version__ = "0.1.0"
