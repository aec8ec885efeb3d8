"""A currency's move in percent ('the U.S. dollar fell 5.6 percent against the Taiwan dollar', 'the
RMB depreciated by 4.55%'): its sentence names an exchange rate (``exchange_rate_words``) or the base
currency by its own words, and exactly one other currency — whose countries' rate series are then
the claim's rows (the base currency's 'US' is no place), read as the change of the claim's year.

Markets quote a year's move from close to close, the series hold averages, and which way a move is
signed depends on which currency is the subject and how the publisher quotes the pair: the reading
is shown, and the verdict is for a person (``needs_review``, reason ``rate_move``), agreeing or not."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ...config import Tolerances
from ...matching import Candidate, ClaimContext, MatchMode, ReferenceIndex
from ...matching.respective import figure_before, respective_place
from ...models import Claim, Kind, Verdict
from ...numbers import alternation, data_json
from ...text import clause_around, surface_at
from ...extraction.exchange_rates import base_quoted_after, without_quoted_bases
from ...units import context_minor_unit_words, currencies, currency_names, label_places, tender_words, territory_tenders
from ...gazetteer import plain_letters
from ..decision import Decision, Reason
from .rate_clues import base_currency_words, local_currency_words, names_base
from .rates import currencies_named, currency_mentions, rate_candidates, rate_series, rates_held
from ..wording import find_any_in_place, holds_any


def moved_currency(claim: Claim, tol: Tolerances, before: str = "", unmatched: bool = False,
                   clause: str | None = None, earlier: tuple[str, ...] = ()) -> str | None:
    """The one currency other than the base whose move in percent the claim's sentence states, else None:
    the sentence names an exchange rate or the base and one other currency; or it calls the figure a
    currency's move (``currency_move_words``) and names one currency, else the sentence ``before`` it
    ('it has depreciated at roughly 3 % a year' after 'the rupee was near 45 to the dollar') does; or,
    for a change that matched nothing of its own (``unmatched``: 'the decline was smaller at about 3 per
    cent in 2012', naming no place of its own), the sentence before states one currency's move, or names
    an exchange rate while the figure's sentence names one currency ('the won's value dropped'). A move
    word counts only in the figure's own ``clause`` ('inflation was 5.4%, as the rupee's depreciation …'
    is no move)."""
    claim = value_share_as_move(claim, tol)
    if claim.unit != "%" or claim.kind not in (Kind.change, Kind.level):
        return None
    sentence = claim.sentence
    at = surface_at(sentence, claim.text)
    paired = respective_currency(sentence, at, at + len(claim.text), tol) if at >= 0 else None
    if paired is not None:
        # 'the ringgit and the baht fell 7.82 and 4.39 percent respectively': the list pairs each figure with its own
        return paired
    if at >= 0 and base_quoted_after(sentence, at + len(claim.text)) == tol.exchange_rate_base:
        # 'it would have lost 8.6% against the dollar … since 1994 when China unified market and official
        # rates': a percent quoted against the base is a currency's move; named by its currency, else by
        # the one place the sentence names
        one = _one_currency(sentence, tol)
        if one:
            return _as_named_earlier(one, sentence, tol, (before, *earlier))
        # 'It has lost 12.4% against the dollar this year' after 'The baht was weak': a sentence naming no
        # currency nor place of its own speaks of the one the sentence before names
        return _moved_before_figure(sentence[:at], tol, (before, *earlier)) or _one_place_tender(without_quoted_bases(sentence)) \
            or (_one_currency(before, tol) if before and not currencies_named(without_quoted_bases(sentence), tol) else None)
    bracketed = _bracketed_after_currency(sentence, at, tol)
    if bracketed is not None and holds_any(sentence, [*tol.currency_move_words, *_SUBJECT_VERBS]):
        # 'the Chilean peso (+0.85%), the Singapore dollar (+0.60%) … also gained': a figure in brackets right after a
        # currency's name, in a sentence of currencies' moves, is that currency's move
        return bracketed
    moves = holds_any(sentence if clause is None else clause, tol.currency_move_words)  # 'by more than 18 per cent' after 'depreciated': a move
    moves = moves or shares_its_value(claim)  # 'lost 56 % of its value against the dollar': its move
    if claim.kind is Kind.change and (holds_any(sentence, tol.exchange_rate_words) or names_base(sentence, tol.exchange_rate_base)):
        # 'the exchange rate registered a net change of -10.35 %' after 'the NOK to USD exchange rate
        # fluctuated': a rate its sentence names no currency of is the one the sentence before named
        # 'the dollar rate fell 2.84 %, but against the yen and the euro it rose 11.21 % and 11.61 %': a
        # sentence of several currencies, the figure's own clause naming one, is that one's move
        named = _one_currency(sentence, tol) \
            or (_one_currency(clause, tol) if clause is not None else None) \
            or (_one_currency(before, tol) if before and not currencies_named(sentence, tol)
                and holds_any(before, tol.exchange_rate_words) else None) \
            or _local_currency_named_earlier(sentence, tol, (before, *earlier))
        if named is not None or not moves:
            return named
        # 'the Moroccan currency depreciated by 0.2 % against the euro and the US dollar': two currencies besides
        # the base, the move's words telling which one moved
    if moves:
        # 'the rand was stronger against the yen (4.9%) and the dollar (4.1%)': the currency the words
        # before the figure name, those it is quoted against left out
        return _one_currency(sentence, tol) or (_moved_before_figure(sentence[:at], tol, (before, *earlier))
                                                if at > 0 else None) \
            or (_one_currency(before, tol) if before else None)
    subject = _currency_subject_moved(sentence, at if at > 0 else len(sentence), tol)
    if subject is not None:
        return _as_named_earlier(subject, sentence, tol, (before, *earlier))
    if unmatched and claim.kind is Kind.change and before and holds_any(before, tol.currency_move_words) \
            and _one_currency(sentence, tol) is None:
        return _one_currency(before, tol)
    if unmatched and claim.kind is Kind.change and before and _one_currency(sentence, tol) is None:
        # 'It was up 0.41% on the day' after 'The Australian dollar has fallen 6.4% in 2022': the currency moved there
        moved_before = _currency_subject_moved(before, len(before), tol)
        if moved_before is not None:
            return moved_before
    if unmatched and claim.kind is Kind.change and before and holds_any(before, tol.exchange_rate_words):
        # 'The won-dollar exchange rate closed at 1,377. … the won's value dropped by about 6.8 %'
        return _one_currency(sentence, tol)
    return None


_QUOTED_AGAINST_BEFORE: Final = re.compile(
    r"(?<!\w)(?i:" + alternation([*data_json("currencies.json")["exchange_rates"]["compared_links"],
                                  *data_json("currencies.json")["exchange_rates"]["level_links"]])
    + r")[ \t\u00a0]+(?:(?i:" + alternation(data_json("currencies.json")["exchange_rates"]["determiners"]) + r")[ \t\u00a0]+)?\Z")
_OPENING_BRACKET: Final = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*\Z")


def bracketed_move(claim: Claim, tol: Tolerances) -> str | None:
    """The currency whose move the claim's figure is, in brackets right after its name or its country's in a
    sentence of currencies' moves ('the Chilean peso (+0.85%)', 'the currencies of Ethiopia (-56.5%)'), else None."""
    sentence = claim.sentence
    at = surface_at(sentence, claim.text)
    if claim.unit != "%" or at <= 0 or not holds_any(sentence, [*tol.currency_move_words, *_SUBJECT_VERBS]):
        return None
    return _bracketed_after_currency(sentence, at, tol)


def _bracketed_after_currency(sentence: str, at: int, tol: Tolerances) -> str | None:
    """The currency other than the base whose name stands right before the bracket the figure at ``at`` opens
    ('the Singapore dollar (+0.60%)'), else None."""
    bracket = _OPENING_BRACKET.search(sentence, 0, at) if at > 0 else None
    if bracket is None:
        return None
    ending = [(start, code) for start, end, code in currency_mentions(sentence[:bracket.start()], tol)
              if end == bracket.start()]
    if not ending:
        return _listed_country_currency(sentence, bracket.start())
    start, code = min(ending)  # the longest name: 'Singapore dollar', not 'dollar'
    # 'the rand was stronger against the yen (4.9%)': the currency it is quoted against is not the one that moved
    return None if _QUOTED_AGAINST_BEFORE.search(sentence, 0, start) else code


@lru_cache(maxsize=1)
def _listed_currencies() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words opening a list of countries' currency moves, and what may link its items (currencies.json
    ``currencies_listed_by_country``)."""
    spec = data_json("currencies.json")["currencies_listed_by_country"]
    opener = re.compile(rf"(?<!\w)(?i:{alternation(spec['openers'])})(?!\w)")
    links = re.compile(rf"(?:[\s,;]|\([^()]*\)|(?<!\w)(?i:{alternation(spec['links'])})(?!\w))*")
    return opener, links


def _listed_country_currency(sentence: str, bracket: int) -> str | None:
    """'the currencies of South Sudan (-72.0%), Ethiopia (-56.5%)': the currency the country right before the
    bracket at ``bracket`` alone tenders, where the list of countries that reaches it opens with words naming
    their currencies and holds nothing but countries, their brackets and list links; else None."""
    opener, links = _listed_currencies()
    openers = list(opener.finditer(sentence, 0, bracket))
    if not openers:
        return None
    start = openers[-1].end()
    places = label_places(sentence[start:bracket])
    if not places or places[-1][1] != bracket - start:
        return None
    at = 0
    for begin, end, _key in places:
        if links.fullmatch(sentence, start + at, start + begin) is None:
            return None
        at = end
    tenders = territory_tenders().get(places[-1][2], ())
    return tenders[0] if len(tenders) == 1 else None


def shares_its_value(claim: Claim) -> bool:
    """The figure stands right before 'of its value', 'in value' (``value_share_words``)."""
    at = surface_at(claim.sentence, claim.text)
    return at >= 0 and _VALUE_SHARE.match(claim.sentence, at + len(claim.text)) is not None


def value_share_as_move(claim: Claim, tol: Tolerances) -> Claim:
    """'the kwanza lost 56 % of its value against the dollar': a percent of a currency's own value, in a sentence naming
    a currency, is that currency's move (a change), not a part of a whole."""
    if claim.kind is not Kind.share or claim.unit != "%" or not shares_its_value(claim) \
            or not (currencies_named(claim.sentence, tol) or names_base(claim.sentence, tol.exchange_rate_base)):
        return claim
    return claim.model_copy(update={"kind": Kind.change})


def unheld_move(claim: Claim, index: ReferenceIndex, tol: Tolerances, before: str = "", clause: str | None = None,
                earlier: tuple[str, ...] = ()) -> bool:
    """The claim is a share of the value of a currency no rate series holds ('the kwanza lost 56 % of its value
    against the dollar'): no row of another series its sentence names ('inflation … as the kwanza lost …') judges it."""
    if not shares_its_value(claim):
        return False
    code = moved_currency(claim, tol, before, clause=clause, earlier=earlier)
    return code is not None and code != tol.exchange_rate_base and not rates_held(index, tol, code)


def figure_clause(ctx: ClaimContext) -> str | None:
    """The clause of the claim's figure, brackets read through ('an appreciation of Rs.15.46 (33.84%)')."""
    if not ctx.sentence_text:
        return None
    return clause_around(_BRACKETS.sub(" ", ctx.sentence_text), ctx.claim_offset)


_BRACKETS = re.compile(r"[()\[\]]")
# 'of its value', 'in value' right after a percent: a share of a currency's own value (currencies.json value_share_words)
_VALUE_SHARE: Final = re.compile(r"[ \t\u00a0]+(?i:" + alternation(data_json("currencies.json")["exchange_rates"]["value_share_words"])
                                 + r")(?!\w)")


def _local_currency_named_earlier(sentence: str, tol: Tolerances, earlier: tuple[str, ...]) -> str | None:
    """'The domestic currency rose 0.3 per cent … against the dollar' after 'The rupee gained …': a sentence that
    calls the moved currency by a word for a place's own money (``local_currency_words``) and names no other
    currency speaks of the one currency the nearest earlier text naming any names (wire copy names it once)."""
    if not holds_any(sentence, list(local_currency_words())) or currencies_named(without_quoted_bases(sentence), tol):
        return None
    for text in earlier:
        if text and currencies_named(without_quoted_bases(text), tol):
            return _one_currency(without_quoted_bases(text), tol)
    return None


def _one_currency(text: str, tol: Tolerances) -> str | None:
    """The one currency other than the base ``text`` names, else None: by a name (a name inside a longer one is the
    longer one's: 'the CFA franc' names no Swiss franc), a code or a symbol of more than one character."""
    base = set(base_currency_words(tol.exchange_rate_base))
    named = {code for _, _, code in currency_mentions(text, tol)} | {
        code for code, spec in currencies().items() if code != tol.exchange_rate_base
        and holds_any(text, [s for s in spec["symbols"] if s not in base and len(s) > 1])}
    return named.pop() if len(named) == 1 else None


# verbs a currency is the subject of ('the rand gained'): read once
_SUBJECT_VERBS: Final = tuple(data_json("currencies.json")["exchange_rates"].get("currency_subject_verbs", []))


@lru_cache(maxsize=4)
def _currency_subjects(base_code: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of every currency word but the base's right before one of ``currency_subject_verbs`` (or an aside
    before one), and the currency each word names (a word several currencies share names none)."""
    verbs = _SUBJECT_VERBS
    base = set(base_currency_words(base_code))
    owners: dict[str, set[str]] = {}
    for code in currencies():
        for word in currency_names(code):  # 'the rand gained', 'the Kenyan currency fell'
            if code != base_code and word not in base and len(word) > 1:
                owners.setdefault(word.casefold(), set()).add(code)
    if not verbs or not owners:
        return None, {}
    words = sorted(owners, key=len, reverse=True)
    # an aside between commas may stand between the currency and its verb ('the Australian dollar, often used as a
    # measure of risk appetite, has fallen'): words only, no figure, so no other clause's figure is read as its move
    pattern = re.compile(rf"(?<!\w)({'|'.join(re.escape(w) for w in words)})(?:\s*,[^,;:.\d]{{1,80}},)?\s+(?:{alternation(verbs)})(?!\w)",
                         re.IGNORECASE)
    return pattern, {w: next(iter(codes)) for w, codes in owners.items() if len(codes) == 1}


@lru_cache(maxsize=64)
def _subject_moves(sentence: str, base_code: str) -> tuple[tuple[int, str | None], ...]:
    """Where each currency named right before one of ``currency_subject_verbs`` ends in ``sentence``, with the currency:
    read once a sentence, for each of its figures asks it of the words before it (a sentence of many figures)."""
    pattern, owner = _currency_subjects(base_code)
    if pattern is None:
        return ()
    return tuple((m.end(), owner.get(m.group(1).casefold())) for m in pattern.finditer(sentence))


def _currency_subject_moved(sentence: str, end: int, tol: Tolerances) -> str | None:
    """The one currency other than the base that ``sentence[:end]`` names right before one of
    ``currency_subject_verbs`` ('YTD, the rand gained'), else None."""
    named = {code for stop, code in _subject_moves(sentence, tol.exchange_rate_base) if stop <= end}
    return named.pop() if len(named) == 1 else None


def _moved_before_figure(text: str, tol: Tolerances, earlier: tuple[str, ...]) -> str | None:
    """'the Rupee depreciated by 44.8 % against the US Dollar …, against the Euro by 41.4 %, the Indian Rupee
    by …': the one currency the words before the figure name, those it is quoted against left out."""
    code = _one_currency(without_quoted_bases(text), tol)
    return None if code is None else _as_named_earlier(code, text, tol, earlier)


def _as_named_earlier(code: str, text: str, tol: Tolerances, earlier: tuple[str, ...]) -> str:
    """``code``, named in ``text`` by a word a fuller name holds ('rupee' in 'Sri Lankan rupee'): the fuller
    name's currency when the nearest earlier text naming a currency names it so, and not ``code`` besides."""
    said = [w.lower() for w in currencies()[code]["words"] if holds_any(text, [w])]
    for other in earlier:
        named = {c for c, spec in currencies().items() if c != tol.exchange_rate_base and holds_any(other, spec["words"])}
        if not named:
            continue
        fuller = {c for c in named - {code} if any(w in f.lower() and w != f.lower() for w in said for f in currencies()[c]["words"])}
        if len(fuller) != 1:
            return code
        longer = fuller.pop()
        rest = list(other)
        for start, end in find_any_in_place(other, currencies()[longer]["words"]):
            rest[start:end] = " " * (end - start)
        # 'the rupee' said outside 'the Sri Lankan rupee' in that text is the shorter name's own currency
        return code if holds_any("".join(rest), currencies()[code]["words"]) else longer
    return code


def _one_place_tender(text: str) -> str | None:
    """The one currency of the one country ``text`` names (several places, or a place of several
    tenders: None)."""
    keys = {key for _start, _end, key in label_places(text)}
    tenders = territory_tenders().get(keys.pop(), ()) if len(keys) == 1 else ()
    return tenders[0] if len(tenders) == 1 else None


def move_candidates(claim: Claim, index: ReferenceIndex, tol: Tolerances, before: str = "",
                    unmatched: bool = False, clause: str | None = None, earlier: tuple[str, ...] = ()) -> list[Candidate]:
    """The rate series' rows about the moved currency's countries, read as changes: in percent, their growth;
    in units of the currency (``moved_in_units``), their difference."""
    code = moved_currency(claim, tol, before, unmatched, clause, earlier)
    if code is not None:
        return rate_candidates(claim, index, tol, code, MatchMode.GROWTH)
    code = moved_in_units(claim, tol, before)
    return [] if code is None else rate_candidates(claim, index, tol, code, MatchMode.DIFFERENCE)


def moved_in_units(claim: Claim, tol: Tolerances, before: str = "") -> str | None:
    """'The U.S. dollar fell against the Taiwan dollar, shedding NT$0.068 to close at NT$32.105', '… gaining 0.111
    to close at NT$32.554': a change written in units of a currency other than the base — or a bare one with
    decimals, in the sentence's one other currency — where the sentence names the base currency (or an exchange
    rate) and exactly that one other currency, is a move of the rate as the series quote it (units per base unit).
    A sentence naming no other currency ('The local currency finished the year with a loss of 844 paise') speaks of
    the one its figure's unit is, when it calls its subject the local currency or the sentence ``before`` it names it.
    A move the sentence calls one of averages (``annual_average_words``) is judged by ``rate_change_candidates``;
    any other is quoted close to close (a day's, a year's), which no average row gives: read as the difference of
    the rows, for a person (``rate_move``). Else None."""
    if claim.kind is not Kind.change or claim.unit == tol.exchange_rate_base or holds_any(claim.sentence, tol.annual_average_words):
        return None
    if claim.unit and claim.unit not in currencies() or not claim.unit and _BARE_DECIMAL.fullmatch(claim.text.strip()) is None:
        return None  # '0.5 percentage points', '3 million': no amount of a currency
    sentence = claim.sentence
    if not (names_base(sentence, tol.exchange_rate_base) or holds_any(sentence, tol.exchange_rate_words)):
        return None
    named = currencies_named(sentence, tol)
    if not named and claim.unit and (holds_any(sentence, local_currency_words()) or claim.unit in currencies_named(before, tol)
                                     or _called_by_its_tender_word(sentence, claim)):
        # the currency its sentence calls by its role ('the local currency'), by 'it', or by a name several
        # currencies share that the figure's own unit was read as ('the peso … a loss of 2.59 pesos')
        named = {claim.unit}
    if len(named) != 1 or claim.unit and claim.unit not in named:
        return None
    code = named.pop()
    if not claim.unit:
        # a bare figure is the currency's only where the currency stands after it ('gaining 0.111 to close at
        # NT$32.554', 'rose 0.45 against the yen'): 'exports grew 2.5' beside the dollar's move is no such amount
        at = surface_at(sentence, claim.text)
        spec = currencies()[code]
        if at < 0 or not (holds_any(sentence[at + len(claim.text):], [*spec["words"], *spec["codes"]])
                          or any(sign in sentence[at + len(claim.text):] for sign in spec["symbols"] if len(sign) > 1 or not sign.isalnum())):
            return None
    return code


_BARE_DECIMAL = re.compile(r"\d+\.\d+")
_WORD: Final = re.compile(r"[^\W\d_]+")


def _called_by_its_tender_word(sentence: str, claim: Claim) -> bool:
    """The sentence names a currency, away from the figure, by a last word of the names of the figure's own
    currency ('the peso' beside '2.59 pesos' read as Mexican pesos; ``units.tender_words``), in the singular or
    the plural: the one currency it speaks of, though other currencies share that word."""
    at = surface_at(sentence, claim.text)
    rest = sentence if at < 0 else sentence[:at] + " " + sentence[at + len(claim.text):]
    own = tender_words(claim.unit)
    for word in _WORD.findall(rest):
        plain = plain_letters(word.lower())
        if plain in own or plain.endswith("s") and (plain[:-1] in own or plain.endswith("es") and plain[:-2] in own):
            return True
    return False


# 'against', 'compared with': a currency named right after them is what the figure before moved against
_COMPARED_LINK: Final = re.compile(r"\W*(?:" + alternation(data_json("currencies.json")["exchange_rates"]["compared_links"])
                                   + r")\b", re.IGNORECASE)
_NEXT_DIGIT: Final = re.compile(r"\d")


def currency_move_beside_other_series(decision: Decision, judged: Claim, index: ReferenceIndex, ctx: ClaimContext,
                                      tol: Tolerances) -> Decision:
    """'the US currency gained 13 % against the euro', read against GDP because 'economy' is named nearby: a percent
    followed by a currency the rate series hold ('against the euro', up to the next figure) may be that currency's
    move, which a rate series could judge; another series lacking the place declines nothing, a person decides.
    A move against a currency no series holds ('20 % against the gourde') stays declined."""
    if decision.verdict is not Verdict.unsupported or decision.reason is not Reason.PLACE_NOT_COVERED \
            or judged.unit != "%" or decision.not_covered is None:
        return decision
    lacking = decision.not_covered[1].resource
    if any(res.name == lacking for res in rate_series(index, tol)):
        return decision
    after = ctx.sentence_text[ctx.claim_end:]
    following = after[:m.start()] if (m := _NEXT_DIGIT.search(after)) else after
    if not _COMPARED_LINK.match(following):
        return decision
    if not any(rates_held(index, tol, code) for code in sorted(currencies_named(following, tol))):
        return decision
    return Decision(Verdict.needs_review, Reason.NO_MATCH)


def moves_of_several_currencies(decision: Decision, judged: Claim, index: ReferenceIndex, ctx: ClaimContext,
                                tol: Tolerances) -> Decision:
    """'The won, the baht and the yuan have declined by 1.6, 1.5 and 0.5 per cent': a percent in a sentence
    that states a move (``currency_move_words``, ``currency_subject_verbs``) of two or more currencies the rate
    series hold, each per base unit, is one of their moves or a move between them — which the series could
    judge, but which one the figure is the checker cannot tell: a person decides, not 'nothing matches'. A figure a
    'respectively' list pairs with its own held currency, naming no period, whose rows give no change of the latest
    period ('since the March meeting … respectively'), is that currency's move from a day the rows do not hold: a
    person decides too, not 'no figure'."""
    unjudged = decision.reason is Reason.NO_MATCH or decision.reason is Reason.NO_FIGURE and not judged.period
    if decision.verdict is not Verdict.unsupported or not unjudged \
            or judged.unit != "%" or judged.kind not in (Kind.change, Kind.level) or not ctx.sentence_text:
        return decision
    sentence = ctx.sentence_text
    if not holds_any(sentence, [*tol.currency_move_words, *_SUBJECT_VERBS]):
        return decision
    held = _held_currencies_named(sentence, index, tol)
    if len(held) < 2:
        return decision
    own = respective_currency(sentence, ctx.claim_offset, ctx.claim_end, tol)
    # 'the won, the rupiah and the yuan fell 1.6, 1.4 and 0.5 per cent, respectively': the figure is its own
    # currency's, and a currency no series holds leaves it unmatched
    return decision if own is not None and own not in held else Decision(Verdict.needs_review, Reason.NO_MATCH)


def cross_move_review(decision: Decision, judged: Claim, index: ReferenceIndex, ctx: ClaimContext,
                      tol: Tolerances) -> Decision:
    """'Against the yen, the won's value rose 12.8 %' beside 'the won-yen rate': a percent judged by one currency's
    rows against the base, in a sentence naming two or more currencies other than the base that the series hold,
    may be the move between those two — a cross rate whose move the base rows do not give, and whose two
    readings (a currency's value or the rate) part. A person decides; a 'respectively' list pairing the figure
    with its own currency stays judged, as does a figure whose own clause names its currency and the base."""
    if decision.verdict not in (Verdict.supported, Verdict.contradicted) or not decision.lead \
            or judged.unit != "%" or judged.kind not in (Kind.change, Kind.level) or not ctx.sentence_text:
        return decision
    lead = decision.lead[0].candidate.resource
    if not any(res.name == lead.name for res in rate_series(index, tol)):
        return decision
    sentence = ctx.sentence_text
    held = _held_currencies_named(sentence, index, tol)
    if len(held) < 2 or respective_currency(sentence, ctx.claim_offset, ctx.claim_end, tol) is not None \
            or _move_against_base_in_own_clause(ctx, index, tol):
        return decision
    return decision.for_review(Reason.RATE_MOVE)


def _move_against_base_in_own_clause(ctx: ClaimContext, index: ReferenceIndex, tol: Tolerances) -> bool:
    """'The yen fell 7.87 % against the dollar, the euro rose 3.64 % against the dollar': the figure's own clause
    names one currency the series hold and the base it moved against, so the move is that currency's against the
    base, which the rows give, not one between the sentence's currencies."""
    clause = figure_clause(ctx)
    if clause is None or not names_base(clause, tol.exchange_rate_base):
        return False
    return len(_held_currencies_named(clause, index, tol)) == 1


def _held_currencies_named(text: str, index: ReferenceIndex, tol: Tolerances) -> set[str]:
    """The currencies ``text`` names, those it is quoted against left out, that some rate series holds."""
    return {code for code in currencies_named(without_quoted_bases(text), tol) if rates_held(index, tol, code)}


def respective_currency(sentence: str, start: int, end: int, tol: Tolerances) -> str | None:
    """The currency a 'respectively' list pairs with the figure at ``start``…``end``: the n-th of the currencies named
    before its run of figures — all of them, else those since the figure before the run ('the rupiah fell 2.34 %, less
    than the ringgit and the baht, 7.82 and 4.39 % respectively': the rupiah is the first figure's) — when they are as
    many as the run's figures; those it is quoted against ('against the euro') are no items. Else None."""
    place = respective_place(sentence, start, max(end, start + 1))
    if place is None:
        return None
    run_start, me, count = place
    spans = [s for s in currency_mentions(sentence[:run_start], tol) if not _QUOTED_AGAINST_BEFORE.search(sentence, 0, s[0])]
    # a name within a longer one ('dollar' in 'Singapore dollar') is the longer one's
    spans = [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in spans)]
    previous = figure_before(sentence, run_start)
    for since in (0, previous + 1) if previous >= 0 else (0,):
        listed: list[str] = []
        for _start, _end, code in sorted(s for s in spans if s[0] >= since):
            if code not in listed:
                listed.append(code)
        if len(listed) == count:
            return listed[me]
    return None


def rate_move(decision: Decision, moved: list[Candidate]) -> Decision:
    """A currency's move judged from average rows: shown, for a person to decide."""
    if not moved or not decision.lead or decision.verdict not in (Verdict.supported, Verdict.contradicted):
        return decision
    return decision.for_review(Reason.RATE_MOVE)


_MINOR_UNIT_WORDS: Final = tuple(sorted(context_minor_unit_words()))


def minor_unit_move(decision: Decision, judged: Claim, index: ReferenceIndex, ctx: ClaimContext,
                    tol: Tolerances) -> Decision:
    """'The INR had dipped by eight paise to end the day at 82.70': a change written in a currency's minor unit
    (``context_minor_units``), in a sentence that states a move (``currency_move_words``, ``currency_subject_verbs``)
    of that currency, named apart from the figure, whose rates the series hold, is a move of its rate against a
    base the text leaves unsaid, over a span no average row is (a day's, as a rule): the series hold the measure
    but not the period, so a person decides, not 'nothing matches'."""
    if decision.verdict is not Verdict.unsupported or decision.reason is not Reason.NO_MATCH \
            or judged.kind is not Kind.change or not judged.unit or not ctx.sentence_text:
        return decision
    if not holds_any(judged.text, _MINOR_UNIT_WORDS):
        return decision
    sentence = ctx.sentence_text
    rest = sentence[:ctx.claim_offset] + " " * (ctx.claim_end - ctx.claim_offset) + sentence[ctx.claim_end:]
    if not holds_any(rest, [*tol.currency_move_words, *_SUBJECT_VERBS]):
        return decision
    if judged.unit not in currencies_named(without_quoted_bases(rest), tol) or not rates_held(index, tol, judged.unit):
        return decision
    return Decision(Verdict.needs_review, Reason.NO_MATCH)

