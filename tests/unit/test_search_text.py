from companion.domain.journal import MATCH_END as E
from companion.domain.journal import MATCH_START as S
from companion.domain.search_text import MatchPattern, fold, query_words


def test_fold_keeps_positions() -> None:
    assert fold("Café Été") == "cafe ete"
    assert len(fold("naïve œuvre")) == len("naïve œuvre")


def test_prefix_only_for_the_word_being_typed() -> None:
    typing = MatchPattern.for_query("sis")
    assert typing.mark("my sister") == f"my {S}sister{E}"
    done = MatchPattern.for_query("sis ")
    assert done.mark("my sister") is None
    assert done.mark("a sis") == f"a {S}sis{E}"


def test_whole_words_case_and_accents() -> None:
    p = MatchPattern.for_query("CAFE tres")
    assert p.mark("Un café très calme") == f"Un {S}café{E} {S}très{E} calme"
    assert p.mark("cafeteria") is None


def test_operators_are_plain_words() -> None:
    assert query_words('"NEAR(" OR *') == ["NEAR", "OR"]
    assert MatchPattern.for_query("*").regex is None


def test_snippet_centres_on_the_first_match_and_drops_markdown() -> None:
    body = "# Heading\n\n" + "filler words here " * 20 + "**my sister** called. " + "end " * 40
    snippet = MatchPattern.for_query("sister").snippet(body)
    assert snippet is not None
    assert snippet.startswith("…") and snippet.endswith("…")
    assert f"my {S}sister{E} called" in snippet
    assert "**" not in snippet and "#" not in snippet
    assert len(snippet) < 200


def test_no_snippet_without_a_body_match() -> None:
    assert MatchPattern.for_query("title").snippet("nothing relevant") is None
