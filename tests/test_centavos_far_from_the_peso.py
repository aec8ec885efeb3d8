"""Centavos far from their peso (pass 18): a figure in centavos is a hundredth of the currency its
paragraph names, even sentences before it; and a country's name that is also an adjective of the
language ('Argentina', 'Uruguay', 'Suisse') is the country where it is written with a capital."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted

_LONG_EN = ("The Philippine peso ended Thursday at 57.35 to the US dollar, its firmest close in nine weeks, as "
            "overseas funds bought government bonds before the monetary board met and importers held back their "
            "orders for dollars until after the long weekend, dealers at three Makati banks said. They added that "
            "money sent home by workers abroad had been heavier than usual for the month, and that the local unit "
            "might firm further if the flows lasted. Across the week the local unit gained 22 centavos.")
_LONG_ES = ("El peso mexicano terminó el jueves en 18,35 unidades por dólar, su cierre más firme en nueve semanas, "
            "luego de que fondos del exterior compraron bonos del gobierno antes de la junta del banco central y los "
            "importadores aplazaron sus compras de dólares hasta después del fin de semana largo, dijeron operadores "
            "de tres bancos. Agregaron que el dinero enviado por los trabajadores en el exterior fue mayor que lo "
            "habitual para el mes. En la semana, la moneda ganó 27 centavos.")


@pytest.mark.parametrize("text, expected", [
    (_LONG_EN, ("22 centavos", 0.22, "PHP", "change")),
    (_LONG_ES, ("27 centavos", 0.27, "MXN", "change")),
    ("En Argentina el pasaje mínimo pasa a 95 pesos desde el lunes. La tarifa social sube 60 centavos.",
     ("60 centavos", 0.60, "ARS", "change")),
    ("No Brasil o litro do etanol custa 4,10 reais. Em um mês o preço subiu 25 centavos nos postos.",
     ("25 centavos", 0.25, "BRL", "change")),
])
def test_centavos_take_the_currency_named_earlier(tmp_path: Path, text: str,
                                                  expected: tuple[str, float, str, str]) -> None:
    claims = extracted(tmp_path, text)
    surface, value, unit, kind = expected
    [claim] = [c for c in claims if c["text"].startswith(surface.split()[0])]
    assert (claim["text"], claim["value"], claim["unit"], claim["kind"]) == (surface, pytest.approx(value), unit, kind)


def test_centavos_with_no_currency_named_are_no_money(tmp_path: Path) -> None:
    claims = extracted(tmp_path, "The band sold 40 centavos badges at the fair, organisers said on Sunday.")
    assert not [c for c in claims if c["unit"]]


@pytest.mark.parametrize("code, text, country, adjective", [
    ("es", "La inflación en Uruguay llegó a 7,2% según el banco central uruguayo.", "Uruguay", None),
    ("es", "En Argentina los precios subieron 4% y la economía argentina creció 2%.", "Argentina", "Argentine"),
    ("fr", "En Suisse, la Banque nationale suisse a relevé son taux à 1,5%.", "Switzerland", "Swiss"),
])
def test_capitalised_name_is_the_country_and_lower_case_the_adjective(code: str, text: str, country: str,
                                                                      adjective: str | None) -> None:
    from workbench.drafts import parse_draft
    from workbench.languages import glossed_draft

    glossed = glossed_draft(parse_draft(f"---\nlang: {code}\n---\n\n{text}\n".encode(), "nota.md"))
    assert glossed is not None
    english = glossed[0].text
    assert f"in {country}" in english or f"In {country}" in english
    if adjective:
        assert adjective in english
