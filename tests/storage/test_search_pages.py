"""Search pages read from the list-ordered index (revision 0005) hold exactly what the
revision 0002 way gave: every matching entry found, sorted by date and id, then paged.

The reference below is that old way, kept here on purpose: an external-content FTS5 table
over the entries, joined to them, sorted in SQL. The profile mixes two generated journals
(ids out of date order, as imports leave them), entries of one day at times that differ in
microseconds only, and text with accents, emoji and search operators.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from companion.domain.journal import EntryDraft, EntryFilter
from companion.services.demo import generate_entries
from companion.storage import journal_store
from companion.storage.engine import Database

ODD_BODIES = (
    ("Café visit", "Un café crème with my sister; naïve hope, Straße, İstanbul, ÅNGSTRÖM"),
    ("", 'She said "NEAR" and OR AND NOT were operators; title:body column:filter * ^start'),
    ("Emoji 🙂", "🙂🙂 felt 😢 then better 🌈 — smiles"),
    ("Quotes", "'single' \"double\" `back` (paren) [bracket] {brace} foo_bar snake_case"),
    ("Numbers", "slept 7h, walked 30min, 2nd try, 3rd time; x2 e5"),
    ("Long", " ".join(["tired"] * 400 + ["sister"] + ["walk"] * 200)),
    ("Ελληνικά", "Καλημέρα, ήρθε η αδελφή μου"),
)

QUERIES = (
    "t",
    "s",
    "se",
    "ses",
    "session",
    "session ",
    "sister",
    "bed earlier",
    "bed e",
    "walk ",
    "cafe",
    "café",
    "CAFÉ",
    "CAF",
    "naive",
    "strasse",
    "straße",
    "istanbul",
    "angstrom",
    "🙂",
    "😢 then",
    '"NEAR"',
    "NEAR",
    "near(",
    "OR",
    "AND NOT",
    "sister OR walk",
    "sister AND",
    "title:cafe",
    "^start",
    "*",
    "t*",
    "foo_bar",
    "snake",
    "'single",
    '"double" back',
    "2nd",
    "x2",
    "καλη",
    "αδελφη",
    "-",
    "   ",
    "t" * 300,
    " ".join(["tired"] * 60),
    "tired sister walk felt",
    "zzzz",
)

FILTERS = (
    EntryFilter(),
    EntryFilter(flagged_only=True),
    EntryFilter(tags=("work",)),
    EntryFilter(tags=("family", "sleep")),
    EntryFilter(date_from=date(2026, 1, 10)),
    EntryFilter(date_to=date(2025, 12, 20)),
    EntryFilter(date_from=date(2025, 11, 1), date_to=date(2026, 1, 31), tags=("work",)),
)

PAGES = ((0, 150), (0, 1), (0, 7), (7, 7), (40, 25), (200, 50), (0, 0), (3, 0))


def _fill(db: Database) -> None:
    items: list[tuple[datetime, EntryDraft]] = []
    end = date(2026, 3, 1)
    items += list(generate_entries(150, end=end, seed=3))
    items += list(generate_entries(120, end=end, seed=4))  # interleaved with the first
    for n, (title, body) in enumerate(ODD_BODIES):
        # one day, times apart by microseconds, written in the opposite order
        at = datetime(2026, 2, 20, 12, 0, 0, 10 - n)
        items.append((at, EntryDraft(title=title, body=body, private=n % 2 == 0)))
    items.append((datetime(2026, 2, 20, 12, 0, 0, 5), EntryDraft(title="same", body="tired")))
    with db.session() as session:
        journal_store.create_many(session, items)
    with db.read() as conn:
        # revision 0002's index, as the reference
        conn.execute(
            "CREATE VIRTUAL TABLE old_fts USING fts5(title, body, content='journal_entry', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        conn.execute("INSERT INTO old_fts(old_fts) VALUES ('rebuild')")
        conn.commit()


def _reference_ids(db: Database, f: EntryFilter, offset: int, limit: int) -> list[int]:
    match = journal_store.fts_match_query(f.text)
    clauses, params = journal_store._where(f)
    if match is None:
        source = "journal_entry e"
    else:
        source = "old_fts JOIN journal_entry e ON e.id = old_fts.rowid"
        clauses.insert(0, "old_fts MATCH ?")
        params.insert(0, match)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    with db.read() as conn:
        rows = conn.execute(
            f"SELECT e.id FROM {source} {where} ORDER BY e.created_at DESC, e.id DESC "
            "LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
    return [int(r[0]) for r in rows]


@pytest.fixture
def filled(db: Database) -> Database:
    _fill(db)
    return db


def test_the_profile_has_ids_out_of_date_order(filled: Database) -> None:
    with filled.read() as conn:
        by_date = [
            r[0] for r in conn.execute("SELECT id FROM journal_entry ORDER BY created_at, id")
        ]
    assert by_date != sorted(by_date)


def test_search_pages_are_those_of_the_old_query(filled: Database) -> None:
    checked: list[Any] = []
    with filled.read() as conn:
        for text in QUERIES:
            for base in FILTERS:
                f = EntryFilter(
                    text=text,
                    tags=base.tags,
                    date_from=base.date_from,
                    date_to=base.date_to,
                    flagged_only=base.flagged_only,
                )
                for offset, limit in PAGES:
                    page = journal_store.list_summaries(conn, f, offset, limit)
                    expected = _reference_ids(filled, f, offset, limit)
                    assert [s.id for s in page] == expected, (text, base, offset, limit)
                    checked.append(len(expected))
    # the comparison covered full pages, short pages and empty ones
    assert max(checked) == 150 and 0 in checked and any(0 < n < 7 for n in checked)
