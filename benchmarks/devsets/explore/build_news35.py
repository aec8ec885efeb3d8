"""Build `extraction_news35.jsonl`: real news paragraphs (pass 35, fixext6), labelled by hand.

Each row is one paragraph (or a few that follow each other on their page, joined with a space) copied
verbatim from a stored page (pages corpus) with its URL and date where the page or its address gives one;
the gold follows benchmarks/devsets/extraction_news.md and the choices listed in extraction_news35.md.
The labels were written before the extractor first ran on these passages. Run from the repository root:

    python3 benchmarks/devsets/explore/build_news35.py
"""

from __future__ import annotations

from pathlib import Path

from labelling import count, level
from labelling import figure as q
from labelling import non_claim as nc
from labelling import Passages, write_passages
from labelling import percent as pct

OUT = Path(__file__).with_name("extraction_news35.jsonl")

UP, DOWN = "up", "down"
ROWS = Passages()
row = ROWS.row  # one passage a call (labelling.Passages)


def money(surface: str, value: float, unit: str, kind: str = "level", direction: str | None = None,
          qualifier: str = "exact", cats: tuple[str, ...] = ("currency_name",)) -> dict:
    return q(surface, value, unit, kind, qualifier, direction=direction, cats=cats)


def gallon(surface: str, value: float, kind: str = "ratio", direction: str | None = None,
           cats: tuple[str, ...] = ("per_unit",)) -> dict:
    """A US pump price (a per-unit figure: `ratio`, extraction_news.md), or its move, a gallon (said or only
    given by the paragraph). Corrected after the first run: these prices were labelled `level`."""
    return q(surface, value, "USD/gal", kind, direction=direction, cats=cats)


def share(surface: str, value: float, qualifier: str = "exact", cats: tuple[str, ...] = ("percent",)) -> dict:
    """A percentage followed by 'of' and the whole it is taken of ('77% of the patients'): a `share`, as the
    main set labels 'under twenty percent of the vote'. Corrected after the first run: labelled `level`."""
    return pct(surface, value, "share", None, qualifier, cats=cats)


DC = ("percent", "decimal_comma")

# --- company results in rupees: Sri Lanka (LKR) and Pakistan (PKR) ---
row("n35-01", "en", "https://srilankaequity.forumotion.com/t31574-sri-lanka-s-asiri-hospitals-net-up-53-pct", None,
    "The group reported earnings of 21 cents per share for the quarter. In the six months to September the group "
    "reported earnings of 40 cents per share on total profits of 441 million rupees, up 53 percent from a year "
    "earlier. "
    "In the September quarter, revenues rose 11 percent to 1.8 billion rupees and expenses rose at a slower 9 percent "
    "to 927 million rupees, allowing gross profits to expand 13 percent to 968 million rupees. "
    "Finance costs fell 31 percent to 145 million rupees, and an 84 million rupees trading loss was a gain of 10 "
    "million rupees this quarter.",
    [money("21 cents per share", 0.21, "LKR", "ratio", cats=("minor_unit", "per_unit", "unit_from_context")),
     money("40 cents per share", 0.40, "LKR", "ratio", cats=("minor_unit", "per_unit", "unit_from_context")),
     money("441 million rupees", 441e6, "LKR", cats=("currency_name", "scale_word", "unit_from_context")),
     pct("53 percent", 53, cats=("percent_word",)),
     pct("11 percent", 11, cats=("percent_word",)),
     money("1.8 billion rupees", 1.8e9, "LKR", cats=("currency_name", "scale_word", "unit_from_context")),
     pct("9 percent", 9, cats=("percent_word",)),
     money("927 million rupees", 927e6, "LKR", cats=("currency_name", "scale_word", "unit_from_context")),
     pct("13 percent", 13, cats=("percent_word",)),
     money("968 million rupees", 968e6, "LKR", cats=("currency_name", "scale_word", "unit_from_context")),
     pct("31 percent", 31, direction=DOWN, cats=("percent_word", "decline_word")),
     money("145 million rupees", 145e6, "LKR", cats=("currency_name", "scale_word", "unit_from_context")),
     money("84 million rupees", 84e6, "LKR", cats=("currency_name", "scale_word", "unit_from_context")),
     money("10 million rupees", 10e6, "LKR", cats=("currency_name", "scale_word", "unit_from_context"))],
    [nc("six months", "duration")])
row("n35-02", "en", "https://www.energyupdate.com.pk/2022/10/23/npl-quarterly-profit-up-3pc/", "2022-10-23",
    "Nishat Power Limited (NPL) has posted a 3 percent rise in its first-quarter net profit on an increase in its "
    "sales. "
    "In a statement to the Pakistan Stock Exchange on Friday, the company reported a net profit of Rs943.136 million "
    "for the quarter ended September 30, up from Rs915.047 million in the same period the previous year. "
    "The company announced an interim cash dividend of Rs2 per share for the first quarter. "
    "Earnings per share came in at Rs2.664/share, compared with Rs2.584/share same quarter last year. NPL said its "
    "revenue for the quarter rose to Rs11.447 billion, compared with Rs5.729 billion a year earlier. The cost of "
    "sales was recorded at Rs10.333 billion from Rs4.728 billion.",
    [pct("3 percent", 3, cats=("percent_word",)),
     money("Rs943.136 million", 943.136e6, "PKR", cats=("currency_symbol_letter", "scale_word")),
     money("Rs915.047 million", 915.047e6, "PKR", cats=("currency_symbol_letter", "scale_word")),
     money("Rs2 per share", 2, "PKR", "ratio", cats=("currency_symbol_letter", "per_unit")),
     money("Rs2.664/share", 2.664, "PKR", "ratio", cats=("currency_symbol_letter", "per_unit")),
     money("Rs2.584/share", 2.584, "PKR", "ratio", cats=("currency_symbol_letter", "per_unit")),
     money("Rs11.447 billion", 11.447e9, "PKR", cats=("currency_symbol_letter", "scale_word")),
     money("Rs5.729 billion", 5.729e9, "PKR", cats=("currency_symbol_letter", "scale_word")),
     money("Rs10.333 billion", 10.333e9, "PKR", cats=("currency_symbol_letter", "scale_word")),
     money("Rs4.728 billion", 4.728e9, "PKR", cats=("currency_symbol_letter", "scale_word"))],
    [nc("first-quarter", "ordinal"), nc("September 30", "date"), nc("first quarter", "ordinal")])

# --- UK housing ---
row("n35-03", "en", "https://www.easystreet.co.uk/2019/04/15/correction/", "2019-04-15",
    "According to the latest Halifax House Price the average UK house price is now £233,181 following a 1.6% monthly "
    "fall in March. According to the leading high street lender this reduction partly corrects the significant "
    "growth seen last month and again demonstrates the risk in focusing too heavily on short-term, volatile measures. "
    "Industry-wide figures show that the number of mortgages being approved remains around 40% below pre-financial "
    "crisis levels, and the lender identified that lower levels of activity can lead to bigger price movements. "
    "Halifax highlighted that the more stable measure of annual house price growth has held steady at 2.6% and is "
    "still within their expectation for the year.",
    [money("£233,181", 233181, "GBP", cats=("currency_symbol",)),
     pct("1.6%", 1.6, direction=DOWN, cats=("percent", "decline_word")),
     pct("around 40%", 40, direction=DOWN, qualifier="approx", cats=("percent", "qualifier", "decline_word")),
     pct("2.6%", 2.6)])
row("n35-04", "en", "https://www.easystreet.co.uk/2019/04/15/correction/", "2019-04-15",
    "Bank of England industry-wide figures show that the number of mortgages approved to finance house purchases – a "
    "leading indicator of completed house sales – fell 3.5% to 64,337. This compares to a rise of 3.6% in the "
    "previous month. As a result, the mortgage approval figure is back to being very close to the December figure. "
    "The February rate is 1,892 below the 5 year average monthly approval rate of 66,229, and is 740 below the "
    "previous 12 month average.",
    [pct("3.5%", 3.5, direction=DOWN, cats=("percent", "decline_word")),
     count("64,337", 64337),
     pct("3.6%", 3.6),
     count("1,892", 1892, kind="change", direction=DOWN, cats=("count", "decline_word")),
     count("66,229", 66229),
     count("740", 740, kind="change", direction=DOWN, cats=("count", "decline_word"))],
    [nc("5 year", "duration_modifier"), nc("12 month", "duration_modifier")])
row("n35-05", "en", "https://www.cityam.com/house-prices-drop-sharply-april-despite-mortgage-approvals-pick/", None,
    "HOUSE prices plummeted by 1.1 per cent from March to April, government figures revealed yesterday. "
    "The monthly drop in April’s prices largely offset the 1.2 per cent jump recorded in March, according to the "
    "Department for Communities and Local Government (DCLG). "
    "The average house price across the country came in at £204,439 in April, down 0.3 per cent from the same time "
    "in 2010, the data showed. "
    "The annual drop was largely driven by falling prices in Wales (down 1.4 per cent), Scotland (down 1.2 per cent) "
    "and Northern Ireland (down 15.2 per cent).",
    [pct("1.1 per cent", 1.1, direction=DOWN, cats=("percent_word", "decline_word")),
     pct("1.2 per cent jump", 1.2, cats=("percent_word",)),
     money("£204,439", 204439, "GBP", cats=("currency_symbol",)),
     pct("0.3 per cent", 0.3, direction=DOWN, cats=("percent_word", "decline_word")),
     pct("1.4 per cent", 1.4, direction=DOWN, cats=("percent_word", "decline_word", "parenthesised")),
     pct("1.2 per cent)", 1.2, direction=DOWN, cats=("percent_word", "decline_word", "parenthesised")),
     pct("15.2 per cent", 15.2, direction=DOWN, cats=("percent_word", "decline_word", "parenthesised"))],
    [nc("2010", "year")])
row("n35-06", "en", "https://www.cityam.com/house-prices-drop-sharply-april-despite-mortgage-approvals-pick/", None,
    "However, the number of house purchase loans was up eight per cent in April, compared to March, totalling "
    "40,900, or £5.9bn in value.",
    [pct("eight per cent", 8, cats=("percent_word", "number_words")),
     count("40,900", 40900),
     money("£5.9bn", 5.9e9, "GBP", cats=("currency_symbol", "scale_suffix"))])

# --- US pump prices a gallon ---
row("n35-07", "en", "https://csnews.com/fuel-dropping", None,
    "WASHINGTON -- Retail gasoline prices fall by an average 2.9 cents to $1.54 per gallon, the eighth decline in "
    "the past nine weeks, the U.S. government said. "
    "A weekly survey of service stations by the Energy Information Administration (EIA) showed the average pump "
    "price remained 9.8 cents a gallon higher than one year ago. The average U.S. pump price was the highest on the "
    "West Coast where prices fell 2.8 cents to an average of $1.70 per gallon, the EIA said. "
    "The U.S. Gulf Coast continued to have the cheapest gasoline last week with the retail cost falling 1.6 cents to "
    "$1.41 a gallon. Among the major urban areas highlighted by the EIA, Houston pump prices were the cheapest at "
    "$1.371 per gallon, down 1.2 cents. San Francisco was the most expensive city even though prices fell 3.1 cents "
    "to $1.80 per gallon.",
    [gallon("2.9 cents", 0.029, "change", DOWN, cats=("minor_unit", "unit_from_context", "decline_word")),
     gallon("$1.54 per gallon", 1.54),
     gallon("9.8 cents a gallon", 0.098, "change", UP, cats=("minor_unit", "per_unit")),
     gallon("2.8 cents", 0.028, "change", DOWN, cats=("minor_unit", "unit_from_context", "decline_word")),
     gallon("$1.70 per gallon", 1.70),
     gallon("1.6 cents", 0.016, "change", DOWN, cats=("minor_unit", "unit_from_context", "decline_word")),
     gallon("$1.41 a gallon", 1.41),
     gallon("$1.371 per gallon", 1.371),
     gallon("1.2 cents", 0.012, "change", DOWN, cats=("minor_unit", "unit_from_context", "decline_word")),
     gallon("3.1 cents", 0.031, "change", DOWN, cats=("minor_unit", "unit_from_context", "decline_word")),
     gallon("$1.80 per gallon", 1.80)],
    [nc("eighth", "ordinal"), nc("nine weeks", "duration"), nc("one year", "duration")])
row("n35-08", "en", "https://csnews.com/fuel-dropping", None,
    "The national price for cleaner-burning reformulated gasoline, sold at about one-third of the gas stations in "
    "cities and smoggier areas, fell 2.8 cents to $1.63 a gallon. "
    "U.S. diesel prices fell 0.7 cents to an average $1.50 per gallon last week, the EIA said. The average cost for "
    "a gallon of diesel is 3.9 cents per gallon more expensive than one year ago. "
    "Crude oil prices account for 44 percent of the cost of gasoline.",
    [pct("about one-third", 33.33, "share", None, "approx", cats=("fraction_words", "qualifier")),
     gallon("2.8 cents", 0.028, "change", DOWN, cats=("minor_unit", "unit_from_context", "decline_word")),
     gallon("$1.63 a gallon", 1.63),
     gallon("0.7 cents", 0.007, "change", DOWN, cats=("minor_unit", "unit_from_context", "decline_word")),
     gallon("$1.50 per gallon", 1.50),
     gallon("3.9 cents per gallon", 0.039, "change", UP, cats=("minor_unit", "per_unit")),
     share("44 percent", 44, cats=("percent_word",))],
    [nc("a gallon", "ratio_denominator"), nc("one year", "duration")])
row("n35-09", "en", "http://www.truckinginfo.com/news/story/2013/09/oil-and-fuel-prices-continue-recent-declines.aspx",
    "2013-09",
    "Crude lost 54 cents in trading in New York on Monday, settling at $102.33 per barrel, hitting near a three-month "
    "low. "
    "Meantime, the average price of diesel fell for the third straight week, shedding three cents, and its biggest "
    "decline since April, according to a new U.S. Energy Department report. This puts the national average at "
    "$3.919 per gallon, 16 cents lower than the same time a year ago.",
    [q("54 cents", 0.54, "USD/bbl", "change", direction=DOWN, cats=("minor_unit", "unit_from_context", "decline_word")),
     q("$102.33 per barrel", 102.33, "USD/bbl", "ratio", cats=("currency_symbol", "per_unit")),
     gallon("three cents", 0.03, "change", DOWN, cats=("minor_unit", "number_words", "unit_from_context", "decline_word")),
     gallon("$3.919 per gallon", 3.919),
     gallon("16 cents", 0.16, "change", DOWN, cats=("minor_unit", "unit_from_context", "decline_word"))],
    [nc("three-month", "duration_modifier"), nc("third", "ordinal")])

# --- weather ---
row("n35-10", "en", "https://hotwnews.com/uk-weather-heatwave-broke-record-for-highest-ever-temperature-met-office-says.html",
    None,
    "A temperature of 38.7C was recorded at Cambridge Botanic Garden, exceeding the previous record of 38.5C set in "
    "Faversham, Kent, in August 2003. "
    "More than 20 flood warnings – meaning immediate action is required – were in place across the Midlands and "
    "North West on Monday morning, the Environment Agency said. "
    "Rochdale in Greater Manchester saw 100mm of rainfall – more than a month’s worth – in 48 hours, according to "
    "the Met Office.",
    [q("38.7C", 38.7, "°C", "level", cats=("temperature",)),
     q("38.5C", 38.5, "°C", "level", cats=("temperature",)),
     count("More than 20", 20, "gt", cats=("count", "qualifier")),
     q("100mm", 100, "mm", "level", cats=("length",))],
    [nc("August 2003", "date"), nc("48 hours", "duration")])
row("n35-11", "en", "https://www.theguardian.com/news/2019/jul/03/temperatures-hit-new-highs-in-european-heatwave",
    "2019-07-03",
    "Much of Europe endured a searing heatwave last week, as an unprecedented plume of hot air pushed northwards from "
    "Africa. Last Friday, France recorded its highest temperature of 45.9C at Gallargues-le-Montueux, in the "
    "south-east. All-time temperature records are commonly broken by tenths of a degree, but this exceeded the "
    "previous record, set during the heatwave of August 2003, by an extraordinary 1.8C. A number of countries in "
    "central Europe also broke their June temperature records on 26 June, with 38.9C recorded in Bad Kreuznach, in "
    "western Germany, 38.2C in Radzyn, western Poland, and 38.9C in Doksany in the Czech Republic.",
    [q("45.9C", 45.9, "°C", "level", cats=("temperature",)),
     q("1.8C", 1.8, "°C", "change", direction=UP, cats=("temperature",)),
     q("38.9C recorded", 38.9, "°C", "level", cats=("temperature",)),
     q("38.2C", 38.2, "°C", "level", cats=("temperature",)),
     q("38.9C in Doksany", 38.9, "°C", "level", cats=("temperature",))],
    [nc("August 2003", "date"), nc("26 June", "date")])
row("n35-12", "en", "https://www.theguardian.com/news/2019/jul/03/temperatures-hit-new-highs-in-european-heatwave",
    "2019-07-03",
    "Tropical Storm Alvin has become the eastern Pacific’s first tropical cyclone of 2019. Forming last Wednesday, it "
    "was unusually late for the season’s first named storm, in waters that often see greater activity during El Niño "
    "periods such as now. Alvin formed about 400 miles south-west of Manzanillo, Mexico and stayed away from land as "
    "it tracked westwards. "
    "In India, the annual monsoon is finally making progress into northern parts of the country. The monsoon had a "
    "slow start, with total rainfall in June 35% below average.",
    [q("about 400 miles", 400, "mi", "level", "approx", cats=("length", "qualifier")),
     pct("35%", 35, direction=DOWN, cats=("percent", "decline_word"))],
    [nc("first", "ordinal"), nc("2019", "year")])

# --- health ---
row("n35-13", "en", "https://www.tribuneindia.com/news/haryana/only-82-patients-on-ventilator-says-vij-364494",
    "2022-01-27",
    "Significantly, in Haryana, 104 per cent of the first dose of the vaccine and 79 per cent of the second dose had "
    "been administered, he stated. "
    "State Health Minister Anil Vij said Haryana had adequate medicines, infrastructure and other arrangements to "
    "deal with Covid. He also said that despite the high number of infected patients, very few were admitted to "
    "hospitals. Currently, 664 patients were on oxygen, 82 on ventilators and 294 were in the ICU, he said. "
    "He said 1,909 patients were under treatment in hospitals. At the same time, 2.14 crore beneficiaries had been "
    "administered the first dose of the vaccine, while 1.63 crore beneficiaries had been administered the second "
    "dose. In 14 districts of the state, 100 per cent first dose had been administered, while 100 per cent second "
    "dose had been administered in three districts.",
    [share("104 per cent", 104, cats=("percent_word",)),
     share("79 per cent", 79, cats=("percent_word",)),
     count("664", 664), count("82", 82), count("294", 294), count("1,909", 1909),
     count("2.14 crore", 21.4e6, cats=("count", "indian_scale")),
     count("1.63 crore", 16.3e6, cats=("count", "indian_scale")),
     count("14", 14),
     level("100 per cent first", 100, cats=("percent_word",)),
     level("100 per cent second", 100, cats=("percent_word",)),
     count("three", 3, cats=("count", "number_words"))],
    [nc("first dose", "ordinal"), nc("second dose", "ordinal")])
row("n35-14", "en", "https://www.stockwatch.com.cy/en/article/ygeia/data-show-77-patients-hospitals-are-unvaccinated",
    "2022-01-24",
    "Health Ministry said on Friday that 77% of the patients in hospitals are not vaccinated. "
    "A press release says that based on data, 3% of the patients are fully vaccinated (2 doses or 1 of JJ) while 10% "
    "are also fully vaccinated but 5 months and 2 weeks have elapsed since they were administered the 2nd dose or "
    "the 1st dose for JJ vaccine. "
    "It is added that 1% of the patients are not fully vaccinated and 1% were administered the booster shot and were "
    "infected in less than 14 days after they were administered the 3rd dose. "
    "The Ministry also says that 8% of the patients over 62 years old got their booster shot and were infected 14 "
    "days after the administration of the booster/3rd dose.",
    [share("77%", 77), share("3%", 3), level("10%", 10), share("1% of", 1), level("1% were", 1), share("8%", 8)],
    [nc("2 doses", "definition"), nc("1 of JJ", "definition"), nc("5 months and 2 weeks", "duration"),
     nc("2nd", "ordinal"), nc("1st", "ordinal"), nc("less than 14 days", "duration"), nc("3rd", "ordinal"),
     nc("over 62 years old", "age")])

# --- French: unemployment ---
row("n35-15", "fr", "https://webtimemedias.com/article/france-46900-demandeurs-demploi-de-plus-en-octobre-24", None,
    "Ils étaient annoncés comme mauvais par Laurent Wauquier, le secrétaire d'Etat à l'Emploi. Ils le sont "
    "réellement, les chiffres de l'emploi du mois d'octobre : 46.900 demandeurs d'emplois de plus, soit un bond de "
    "2,4%. Plus que le chiffre de 45.900 qui avait circulé. Plus qu'au terrible mois d'août dernier qui affichait un "
    "bond de 42.000 chômeurs supplémentaires. C'est le cinquième mois consécutif de hausse. Du même coup avec "
    "2.004.500 demandeurs d'emplois, la France remonte au-dessus de la barre des deux millions de chômeurs qui "
    "n'avait pas été atteinte depuis avril 2007. Sur un an, le nombre de demandeurs d'emploi a augmenté de 4,4%.",
    [count("46.900", 46900, kind="change", direction=UP, cats=("count", "dot_thousands")),
     pct("2,4%", 2.4, cats=DC),
     count("45.900", 45900, kind="change", direction=UP, cats=("count", "dot_thousands")),
     count("42.000", 42000, kind="change", direction=UP, cats=("count", "dot_thousands")),
     count("2.004.500", 2004500, cats=("count", "dot_thousands")),
     count("deux millions", 2e6, cats=("count", "number_words", "scale_word")),
     pct("4,4%", 4.4, cats=DC)],
    [nc("cinquième", "ordinal"), nc("avril 2007", "date")])
row("n35-16", "fr", "https://www.mind.eu.com/rh/article/ue-les-marches-de-lemploi-en-europe-doivent-passer-du-noir-au-vert",
    None,
    "Si le recours massif aux mesures anti-crise (réduction du temps de travail, modération salariale etc.) a permis "
    "d’atténuer dans un premier temps le choc de la crise économique, le document relève une forte contraction du "
    "marché du travail à partir de la moitié 2009 : -1.9%, soit 4.3 millions d’emplois en moins. En septembre 2009, "
    "le taux de chômage était de 9.2% soir 2.5 points de plus qu’au printemps 2008. En 2010, l’UE risque de franchir "
    "la barre fatidique des 10% de chômeurs, indique la Commission européenne. Les Vingt-Sept ne sont toutefois pas "
    "touchés dans les mêmes proportions. Le document relève que les Pays-Bas (3.8%) et l’Autriche (4.7%) supportent "
    "mieux le choc, tandis que les Etats baltes (Lettonie, 18.3%), l’Irlande et l’Espagne (18.9%) ont les taux de "
    "chômage les plus élevés. La France et le Royaume-Uni ont aussi vu leur courbe fortement croître, atteignant "
    "respectivement 9.9% et 7.8%.",
    [pct("-1.9%", -1.9, direction=DOWN, cats=("percent", "negative_sign")),
     count("4.3 millions", 4.3e6, kind="change", direction=DOWN, cats=("count", "scale_word", "decline_word")),
     level("9.2%", 9.2),
     q("2.5 points", 2.5, "pp", "change", direction=UP, cats=("pp",)),
     level("10%", 10), level("3.8%", 3.8), level("4.7%", 4.7), level("18.3%", 18.3), level("18.9%", 18.9),
     level("9.9%", 9.9), level("7.8%", 7.8)],
    [nc("2009 :", "year"), nc("septembre 2009", "date"), nc("printemps 2008", "date"), nc("En 2010", "year"),
     nc("Vingt-Sept", "name")])
row("n35-17", "fr", "https://fr.irefeurope.org/publications/les-chiffres-cles/article/taux-de-chomage-la-france-est-en-tete-parmi-les-pays-riches",
    None,
    "10 % : Taux de chômage de la France, ce qui lui vaut désormais une place de choix. Bien sûr, c’est moins que "
    "l’Espagne, ou que la Grèce, pays où le travail au noir est un sport national. Mais si l’on considère les pays "
    "les plus riches de la zone euro, la France est à la première place avec un taux de chômage de 10 % de la "
    "population active. Le taux de chômage en Allemagne et aux Pays-Bas est à 5.4 %, en Autriche à 5 % et en "
    "Belgique à 7 %. "
    "Le nombre total de chômeurs de la zone euro atteint 17.4 millions.",
    [level("10 % :", 10), level("10 % de", 10), level("5.4 %", 5.4), level("5 %", 5), level("7 %", 7),
     count("17.4 millions", 17.4e6, cats=("count", "scale_word"))],
    [nc("première", "ordinal")])
row("n35-18", "fr", "https://www2.jeune-nation.com/?p=8676", None,
    "Le gouvernement avait prévenu que les chiffres du chômage seraient « mauvais » ; ils sont catastrophiques. En "
    "un peu plus de deux ans, depuis l’arrivée de François Hollande à la tête de leur République, le chômage, toutes "
    "catégories confondues, a augmenté de 16 %, passant de 4 928 000 à 5 747 300. "
    "Sur un mois, pour la seule catégorie A, le chômage augmente de 0,8 %, soit 26 000 chômeurs de plus. La hausse "
    "est aussi forte chez les seniors (+0,7 % et +11,6 % sur un an) que chez les jeunes (+0,7 %, -1,8 % sur un an) et "
    "les 25-49 ans (+0,8%, +3,4 % sur un an). "
    "Il y a désormais plus d’un million de chômeurs de longue durée dans notre pays.",
    [pct("16 %", 16),
     count("4 928 000", 4928000, cats=("count", "space_thousands")),
     count("5 747 300", 5747300, cats=("count", "space_thousands")),
     pct("0,8 %", 0.8, cats=DC),
     count("26 000", 26000, kind="change", direction=UP, cats=("count", "space_thousands")),
     pct("+0,7 % et", 0.7, cats=DC + ("plus_sign",)),
     pct("+11,6 %", 11.6, cats=DC + ("plus_sign",)),
     pct("+0,7 %,", 0.7, cats=DC + ("plus_sign",)),
     pct("-1,8 %", -1.8, direction=DOWN, cats=DC + ("negative_sign",)),
     pct("+0,8%", 0.8, cats=DC + ("plus_sign",)),
     pct("+3,4 %", 3.4, cats=DC + ("plus_sign",)),
     count("plus d’un million", 1e6, "gt", cats=("count", "number_words", "scale_word", "qualifier"))],
    [nc("deux ans", "duration"), nc("25-49 ans", "age")])
row("n35-19", "fr", "https://www.franceinter.fr/info/le-chomage-au-plus-haut-depuis-12-ans", None,
    "En décembre, le chômage a encore augmenté (de 1% pour la catégorie A, les personnes sans aucune activité). La "
    "hausse globale pour 2011 s'établit à 5,6%, un \"scénario noir\" pour l'économiste de l'OFCE Mathieu Plane.",
    [pct("1%", 1), pct("5,6%", 5.6, cats=DC)],
    [nc("2011", "year")])

# --- Portuguese: Brazilian inflation ---
row("n35-20", "pt", "https://jornalopiniaodoentorno.com.br/inflacao-em-setembro-e-mais-alta-para-mes-desde-a-criacao-do-real-em-1994/",
    None,
    "A inflação divulgada nesta sexta-feira (8) pelo Índice Nacional de Preços ao Consumidor Amplo (IPCA), definido "
    "como índice oficial do Brasil, fechou o mês de setembro em 1,16%, o maior valor para o mês desde o início do "
    "Plano Real, em 1994. "
    "Com isso, pela primeira vez em cinco anos, o país voltou a ter uma inflação acumulada em 12 meses na casa dos "
    "dois dígitos, ficando em 10,25%. A última vez que isso ocorreu foi em fevereiro de 2016, quando bateu 10,36% na "
    "soma dos 12 meses anteriores. "
    "Considerando só o ano de 2021, a alta do IPCA é de 6,9%; comparando com o mesmo mês do ano passado, a variação "
    "foi de 0,64%. "
    "Na composição do índice, a maior pressão veio da alta do preço dos combustíveis: só a gasolina teve um aumento "
    "de 1,93 ponto percentual. Também a energia elétrica com 1,25% de reajuste e o gás de cozinha com alta de 0,38%. "
    "Quando considerados os grupos de consumo, as taxas mais altas ficaram com Habitação (2,56%), Transportes "
    "(1,82%) e Alimentação e Bebidas (1,02%). Apenas o setor de educação teve deflação, com -0,01%. "
    "Os números estão muito acima do que o Banco Central havia definido como meta para 2021, que era uma inflação de "
    "3,75% com margem de tolerância de 1,5% para mais ou para menos.",
    [level("1,16%", 1.16, cats=DC), level("10,25%", 10.25, cats=DC), level("10,36%", 10.36, cats=DC),
     level("6,9%", 6.9, cats=DC),
     pct("0,64%", 0.64, cats=DC),
     q("1,93 ponto percentual", 1.93, "pp", "change", direction=UP, cats=("pp", "decimal_comma")),
     pct("1,25%", 1.25, cats=DC), pct("0,38%", 0.38, cats=DC),
     pct("2,56%", 2.56, cats=DC + ("parenthesised",)), pct("1,82%", 1.82, cats=DC + ("parenthesised",)),
     pct("1,02%", 1.02, cats=DC + ("parenthesised",)),
     pct("-0,01%", -0.01, direction=DOWN, cats=DC + ("negative_sign",)),
     level("3,75%", 3.75, cats=DC), level("1,5%", 1.5, cats=DC)],
    [nc("(8)", "date"), nc("1994", "year"), nc("cinco anos", "duration"), nc("12 meses na", "duration"),
     nc("fevereiro de 2016", "date"), nc("2021, a", "year")])
row("n35-21", "pt", "https://gazetadopovo.com.br/economia/breves/inflacao-estoura-meta-e-fecha-2021-em-1006-a-maior-desde-2015/amp",
    None,
    "A inflação em 2021 foi de 10,06%, segundo dados divulgados pelo Instituto Brasileiro de Geografia e "
    "Estatística. É a maior alta desde 2015 e bem acima dos 5,25% de meta estabelecida pelo Banco Central. Os "
    "principais itens que contribuíram para a alta foram os transportes (21,03%) – impulsionados pela alta nos "
    "derivados de petróleo – e habitação (13,05%) – influenciados pela elevação na energia elétrica. Os itens que "
    "menos pesaram foram despesas com educação (2,81%) e comunicação (1,38%).",
    [level("10,06%", 10.06, cats=DC), level("5,25%", 5.25, cats=DC),
     pct("21,03%", 21.03, cats=DC + ("parenthesised",)), pct("13,05%", 13.05, cats=DC + ("parenthesised",)),
     pct("2,81%", 2.81, cats=DC + ("parenthesised",)), pct("1,38%", 1.38, cats=DC + ("parenthesised",))],
    [nc("2021", "year"), nc("2015", "year")])
row("n35-22", "pt", "http://affonsoritter.com.br/Controle?Comando=VisualizarNoticia&ID=115968&gruposNoticia=1,2&exibeHora=true&separadorDias=true",
    "2024-08-09",
    "A inflação voltou a acelerar em julho e subiu 0,38% no mês, puxada pelo aumento da gasolina e das passagens "
    "aéreas, segundo o IBGE. O índice chegou a 4,5% no acumulado em 12 meses e ficou no teto da meta - que é de 3%, "
    "podendo variar até 1,5 ponto percentual. O resultado joga ainda mais pressão sobre o Comitê de Política "
    "Monetária (Copom), que não aumentou os juros na última reunião, mantendo a Selic em 10,5% ao ano. O índice em "
    "julho veio um pouco acima do esperado. Analistas estimavam alta de 0,35% no mês. Em junho, a inflação havia "
    "ficado em 0,21%. Apesar da alta em julho, o grupo alimentos teve a maior queda desde agosto de 2017, quando a "
    "variação foi de -1,07%.",
    [pct("0,38%", 0.38, cats=DC), level("4,5%", 4.5, cats=DC), level("3%", 3),
     q("até 1,5 ponto percentual", 1.5, "pp", "level", "le", cats=("pp", "decimal_comma", "qualifier")),
     level("10,5%", 10.5, cats=DC), pct("0,35%", 0.35, cats=DC), level("0,21%", 0.21, cats=DC),
     pct("-1,07%", -1.07, direction=DOWN, cats=DC + ("negative_sign",))],
    [nc("12 meses", "duration"), nc("agosto de 2017", "date")])
row("n35-23", "pt", "http://resenhapolitica.blogspot.com/2014/10/inflacao-e-maior-em-tres-anos.html", "2014-10",
    "A inflação oficial no País mais que dobrou na passagem de agosto para setembro, diante do aumento das despesas "
    "com alimentos e passagens aéreas. O Índice Nacional de Preços ao Consumidor Amplo (IPCA) saltou de 0,25% a "
    "0,57%, informou ontem o Instituto Brasileiro de Geografia e Estatística (IBGE). A taxa acumulada em 12 meses "
    "disparou para 6,75%, a mais alta em três anos (desde outubro de 2011).",
    [q("mais que dobrou", 2, "x", "change", "gt", direction=UP, cats=("multiple_words", "qualifier")),
     level("0,25%", 0.25, cats=DC), level("0,57%", 0.57, cats=DC), level("6,75%", 6.75, cats=DC)],
    [nc("12 meses", "duration"), nc("três anos", "duration"), nc("outubro de 2011", "date")])
row("n35-24", "pt", "https://icleconomia.com.br/topico/alimentos", None,
    "No ano, a inflação acumulada é de 3,88% e, nos últimos 12 meses, de 4,76%. "
    "As maiores altas foram observadas em Porto Alegre (2,07%), Florianópolis (1,59%), Rio de Janeiro (1,56%), "
    "Vitória (1,56%) e Brasília (1,39%).",
    [level("3,88%", 3.88, cats=DC), level("4,76%", 4.76, cats=DC),
     pct("2,07%", 2.07, cats=DC + ("parenthesised",)), pct("1,59%", 1.59, cats=DC + ("parenthesised",)),
     pct("1,56%), V", 1.56, cats=DC + ("parenthesised",)), pct("1,56%) e", 1.56, cats=DC + ("parenthesised",)),
     pct("1,39%", 1.39, cats=DC + ("parenthesised",))],
    [nc("12 meses", "duration")])
row("n35-25", "pt", "https://icleconomia.com.br/topico/alimentos", None,
    "O resultado foi influenciado pela queda em Habitação (-0,51%), após redução nos preços da energia elétrica "
    "residencial (-2,77%), e Alimentação e bebidas (-0,44%), com a segunda queda consecutiva da alimentação no "
    "domicílio (-0,73%).",
    [pct("-0,51%", -0.51, direction=DOWN, cats=DC + ("negative_sign", "parenthesised")),
     pct("-2,77%", -2.77, direction=DOWN, cats=DC + ("negative_sign", "parenthesised")),
     pct("-0,44%", -0.44, direction=DOWN, cats=DC + ("negative_sign", "parenthesised")),
     pct("-0,73%", -0.73, direction=DOWN, cats=DC + ("negative_sign", "parenthesised"))],
    [nc("segunda", "ordinal")])


if __name__ == "__main__":
    write_passages(OUT, ROWS)
