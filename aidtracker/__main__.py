"""Command line: ``python -m aidtracker parse FILE [--published DATE] [--lang de|en] [--format table|json|csv]``.

``FILE`` may be ``-`` for standard input. ``--example`` parses the bundled German example article
(the worked example of the docs, written in our own words; published 2025-09-04) instead of a file::

    python -m aidtracker parse --example
    python -m aidtracker parse article.txt --published 2025-09-04 --format json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from ._records import Pledge

__all__ = ["main"]

#: The bundled example and the day the article it retells was published.
EXAMPLE = "worked_example_de.txt"
EXAMPLE_PUBLISHED = "2025-09-04"


def _table(pledges: list[Pledge], out: TextIO) -> None:
    header = ("id", "donor", "category", "quantity", "low", "high", "growth", "period", "same as", "item")
    rows = [header]
    for p in pledges:
        period = "" if p.period is None else f"{p.period.start or ''}-{p.period.end or ''}"
        rows.append(
            (
                p.id,
                p.donor or "",
                p.category.value,
                _q(p.quantity),
                _q(p.low),
                _q(p.high),
                _q(p.growth),
                period,
                p.equivalent_of or "",
                p.item or "",
            )
        )
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(header))]
    for r in rows:
        out.write("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
    if not pledges:
        out.write("(no pledges found)\n")


def _q(q: object) -> str:
    if q is None:
        return ""
    magnitude = float(getattr(q, "magnitude", 0.0))
    units = getattr(q, "units", "")
    number = f"{magnitude:,.0f}" if magnitude.is_integer() else f"{magnitude:,}"
    return f"{number} {units}".strip()


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m aidtracker", description="Military-aid pledges from news text.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="read the pledges in a text file and print them")
    p.add_argument("file", nargs="?", help="text file ('-' for standard input)")
    p.add_argument("--example", action="store_true", help="parse the bundled German example article")
    p.add_argument("--published", help="publication date YYYY-MM-DD (anchors 'this year', 'next year')")
    p.add_argument("--lang", help="language code (detected when left out)")
    p.add_argument("--source", help="where the text comes from (copied into each record)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 usage or input error)."""
    from ._parser import parse

    ap = _parser()
    args = ap.parse_args(argv)
    published = args.published
    if args.example:
        text = (resources.files("aidtracker") / "examples" / EXAMPLE).read_text(encoding="utf-8")
        published = published or EXAMPLE_PUBLISHED
        source = args.source or f"aidtracker example {EXAMPLE}"
    elif args.file is None:
        ap.error("give a FILE (or - for standard input), or --example")
    elif args.file == "-":
        text, source = sys.stdin.read(), args.source
    else:
        try:
            with open(args.file, encoding="utf-8") as fh:
                text = fh.read()
        except OSError as exc:
            print(f"aidtracker: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 2
        source = args.source or args.file
    try:
        pledges = parse(text, published=published, lang=args.lang, source=source)
    except ValueError as exc:
        print(f"aidtracker: {exc}", file=sys.stderr)
        return 2
    out = sys.stdout
    if args.format == "json":
        json.dump([p.model_dump(mode="json") for p in pledges], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "csv":
        from ._frames import to_frame

        to_frame(pledges).to_csv(out, index=False)
    else:
        _table(pledges, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
