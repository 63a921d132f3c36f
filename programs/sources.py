"""What a page cites under "Sources": its references, and where each figure it shows comes from.

Figures are Statistic snippets chosen in key-fact blocks. Each distinct source is
listed once, so a page showing three figures from one document cites it once.
"""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class FigureSource:
    """A statistic's source as a citation: who published it, where, and when it was checked."""

    title: str
    url: str
    as_of: datetime.date | None


def figure_sources(stream) -> list[FigureSource]:
    """The sources of the figures in a body's key facts, in order of first appearance.

    Reads the body the template renders, so its statistics are loaded once, for both.
    """
    statistics = (
        block.value["statistic"]
        for block in stream
        if block.block_type == "key_fact" and block.value["statistic"]
    )
    return list(dict.fromkeys(FigureSource(s.source, s.source_url, s.as_of) for s in statistics))
