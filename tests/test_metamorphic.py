"""Rewrites that change how a text is laid out, never what it says, must not change what it pledges.

Each of the team's own case sentences (the de and en tables) is parsed as written and after each rewrite
below; the pledges (quantity, donor, category, bounds, growth, period, restatement link) must be the same.
Each rewrite once found a bug on the annotated corpora: a wire service's dateline made its city a recipient
("KYIV (Reuters) - ..."), a no-break space after "2000" left it a year, a count at a quote's end ('... and
The Hague 24," a spokesperson said') was no count, a line break inside a sentence (text wrapped at 50 characters)
cut it in two, a soft hyphen inside "Schützen\u00adpanzer" hid the noun. Sentences and rewrites are the team's own; nothing here reads ../shared.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from typing import Any

import pytest
import test_parse_de
import test_parse_en
from parse_cases import Case

import aidtracker
from aidtracker._lexicon import load_lexicon
from aidtracker._sentences import _after_dateline, sentences, unwrapped


def _cases(module: Any) -> list[Case]:
    out: list[Case] = []
    for name in dir(module):
        value = getattr(module, name)
        if name.isupper() and name != "KNOWN_FAILURES" and isinstance(value, list):
            out.extend(c for c in value if isinstance(c, Case))
    return out


def dateline(text: str, lang: str) -> str:
    """A wire service's dateline before the text (which has none of its own)."""
    return ("KYIV (Reuters) - " if lang == "en" else "Kiew (dpa) - ") + text


def paragraphs(text: str, lang: str) -> str:
    """Each sentence, as the parser splits them (a wrapped one unwrapped first), a paragraph of its own."""
    text = unwrapped(text)
    return "\n\n".join(text[a:b] for a, b in sentences(text, load_lexicon(lang)))


def no_break_spaces(text: str, lang: str) -> str:
    return re.sub(r"(\d) (?=[^\W\d_€$£])", "\\1\u00a0", text)


def quoted(text: str, lang: str) -> str:
    """The first sentence as a quote, attributed after it ('"…," a spokesperson said', '„…“, sagte ein Sprecher')."""
    spans = sentences(text, load_lexicon(lang))
    if not spans:
        return text
    a, b = spans[0]
    first = text[a:b]
    if not first.endswith(".") or any(q in first for q in '"„“”'):
        return text
    quote = f'"{first[:-1]}," a spokesperson said.' if lang == "en" else f"„{first[:-1]}“, sagte ein Sprecher."
    return text[:a] + quote + text[b:]


def neutral_sentence_after(text: str, lang: str) -> str:
    return text + (
        " Talks with the partners continue." if lang == "en" else " Die Gespräche mit den Partnern gehen weiter."
    )


def hard_wrap(text: str, lang: str) -> str:
    """The text wrapped at 50 characters, as text pasted from a PDF or an e-mail comes; a text already laid out in
    lines (a list, a wrapped case) is left as it is."""
    if "\n" in text:
        return text
    return textwrap.fill(text, width=50, break_long_words=False, break_on_hyphens=False)


def soft_hyphens(text: str, lang: str) -> str:
    """Soft hyphens inside long words ("Schützen\u00adpanzer"), as news sites set them for line breaking."""
    return re.sub(r"\b([^\W\d_]{5})([^\W\d_]{5,})", lambda m: m[1] + "\u00ad" + m[2], text)


def no_break_hyphens(text: str, lang: str) -> str:
    """Non-breaking hyphens (U+2011) for hyphens between letters or digits ("F\u201116")."""
    return re.sub(r"(?<=\w)-(?=\w)", "\u2011", text)


REWRITES: dict[str, Callable[[str, str], str]] = {
    "dateline": dateline,
    "paragraphs": paragraphs,
    "no_break_spaces": no_break_spaces,
    "quoted": quoted,
    "neutral_sentence_after": neutral_sentence_after,
    "hard_wrap": hard_wrap,
    "soft_hyphens": soft_hyphens,
    "no_break_hyphens": no_break_hyphens,
}


def _pledges(text: str, case: Case, lang: str) -> list[tuple[Any, ...]]:
    out = []
    ids: dict[str, int] = {}
    for k, p in enumerate(aidtracker.parse(text, lang=lang, published=case.published)):
        ids[p.id] = k
        out.append(
            (
                str(p.quantity),
                str(p.low),
                str(p.high),
                str(p.growth),
                p.donor,
                p.category,
                p.period,
                ids.get(p.equivalent_of) if p.equivalent_of else None,
            )
        )
    return out


PARAMS = [
    pytest.param(case, lang, rewrite, id=f"{lang}/{rewrite}/{case.id}")
    for lang, module in (("de", test_parse_de), ("en", test_parse_en))
    for case in _cases(module)
    for rewrite in REWRITES
    if rewrite != "dateline" or _after_dateline(case.text, 0, len(case.text))[0] == 0
]


@pytest.mark.parametrize(("case", "lang", "rewrite"), PARAMS)
def test_layout_changes_no_pledge(case: Case, lang: str, rewrite: str) -> None:
    text = REWRITES[rewrite](case.text, lang)
    assert _pledges(text, case, lang) == _pledges(case.text, case, lang), text


def test_unwrapped_joins_wrapped_lines_and_keeps_headings_and_lists() -> None:
    wrapped = (
        "Die Niederlande werden der Ukraine in diesem Jahr 18\nPanzerhaubitzen liefern, teilte das Ministerium mit."
    )
    assert unwrapped(wrapped) == wrapped.replace("\n", " ")
    heading = "Neues Paket\nDie Niederlande werden der Ukraine in diesem Jahr 18 Panzerhaubitzen liefern."
    assert unwrapped(heading) == heading
    listed = "Das Paket umfasst Panzer, Haubitzen, Munition und Drohnen:\n30 Kampfpanzer Leopard 1A5\n20 Marder"
    assert unwrapped(listed) == listed
    bullets = "Das Paket umfasst unter anderem die folgenden Waffensysteme\n- 30 Kampfpanzer Leopard 1A5\n- 20 Marder"
    assert unwrapped(bullets) == bullets
    paragraphs = "Die Niederlande werden der Ukraine in diesem Jahr 18\n\nPanzerhaubitzen liefern."
    assert unwrapped(paragraphs) == paragraphs


def test_spans_point_into_the_text_as_given_when_format_characters_are_dropped() -> None:
    text = "Berlin liefert der Ukraine 20 Schützen\u00adpanzer.\u200b Das Paket ist 200 Millio\u00adnen Euro wert."
    pledges = aidtracker.parse(text, lang="de")
    assert [text[p.span[0] : p.span[1]] for p in pledges] == ["20 Schützen\u00adpanzer", "200 Millio\u00adnen Euro"]
    assert pledges[0].item == "Schützenpanzer"
    assert pledges[1].evidence == "Das Paket ist 200 Millio\u00adnen Euro wert."
