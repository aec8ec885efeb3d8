"""A verdict resting on a period the publisher never put in a column: the file's name or the resource's
title dated every row ('region_population_2023-01-01.csv'). The explanation says so, as the evidence does
(``Evidence.period_from``), so a reviewer can tell a date read from a name from one the data states."""

from __future__ import annotations

from ..models import ClaimResult


def describe_period_source(result: ClaimResult) -> ClaimResult:
    """Say once in the explanation where the lead evidence's period was read, when it was inferred."""
    lead = result.evidence[0] if result.evidence else None
    if lead is None or lead.period_from is None:
        return result
    said = f"(The data holds no period column: {lead.period} was read from {lead.period_from}.)"
    return result.model_copy(update={"explanation": f"{result.explanation.rstrip()} {said}"})
