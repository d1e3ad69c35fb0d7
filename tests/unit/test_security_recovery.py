"""Tests for recovery keys: format, forgiving input, and the retype check."""

from __future__ import annotations

import base64
import random
import re
import secrets

import pytest

from companion.security.errors import InvalidRecoveryKey
from companion.security.recovery import (
    confirmation_groups,
    generate_recovery_key,
    groups_match,
    normalize_recovery_key,
    pick_confirmation_groups,
    recovery_secret,
)

KEY_FORMAT = re.compile(r"([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}")
RFC_TO_CROCKFORD = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
)


def test_generated_keys_have_the_display_format() -> None:
    keys = {generate_recovery_key() for _ in range(50)}
    assert len(keys) == 50
    for key in keys:
        assert KEY_FORMAT.fullmatch(key), key


def test_encoding_is_crockford_base32_of_the_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = bytes.fromhex("00ff10ab5c7e3390deadbeef0123456789abcdef")
    monkeypatch.setattr(secrets, "token_bytes", lambda n: secret[:n])
    key = generate_recovery_key()
    # An independent encoding: the standard library's RFC 4648 base32, re-lettered.
    expected = base64.b32encode(secret).decode().translate(RFC_TO_CROCKFORD)
    assert key.replace("-", "") == expected
    assert recovery_secret(key) == secret


def test_extreme_secrets_round_trip() -> None:
    assert recovery_secret("0000-0000-0000-0000-0000-0000-0000-0000") == bytes(20)
    assert recovery_secret("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ") == b"\xff" * 20


def test_secret_is_20_bytes() -> None:
    key = generate_recovery_key()
    assert len(recovery_secret(key)) == 20


@pytest.mark.parametrize(
    "typed",
    [
        "abcd-efgh-jkmn-pqrs-tvwx-yz01-2345-6789",
        "ABCDEFGHJKMNPQRSTVWXYZ0123456789",
        "abcd efgh jkmn pqrs tvwx yz01 2345 6789",
        "  ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789\n",
        "ABCD–EFGH–JKMN–PQRS–TVWX–YZ01–2345–6789",  # en dashes from a word processor
        "abcd-efgh-jkmn-pqrs-tvwx-yzOi-2345-6789",  # O and i typed for 0 and 1
        "abcd-efgh-jkmn-pqrs-tvwx-yzol-2345-6789",  # o and l typed for 0 and 1
    ],
)
def test_normalize_is_forgiving(typed: str) -> None:
    assert normalize_recovery_key(typed) == "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"


def test_confusions_give_the_same_secret() -> None:
    assert recovery_secret("0000-1111-0000-1111-0000-1111-0000-1111") == recovery_secret(
        "oooo-IiLl-OOOO-llll-0o0O-1I1L-oOoO-iIiI"
    )


def test_wrong_length_says_how_many_characters() -> None:
    with pytest.raises(InvalidRecoveryKey) as info:
        normalize_recovery_key("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-67")
    assert str(info.value) == "A recovery key has 32 letters and digits; this one has 30."
    with pytest.raises(InvalidRecoveryKey, match="this one has 33"):
        normalize_recovery_key("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-0")


def test_letter_u_is_not_part_of_a_key() -> None:
    with pytest.raises(InvalidRecoveryKey) as info:
        normalize_recovery_key("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-678U")
    assert "“U”" in str(info.value)
    assert "never U" in str(info.value)


@pytest.mark.parametrize("typed", ["ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-678#", "é" * 32])
def test_other_characters_are_refused(typed: str) -> None:
    with pytest.raises(InvalidRecoveryKey, match="is not one of them"):
        normalize_recovery_key(typed)


@pytest.mark.parametrize("typed", ["", "   ", "- - -"])
def test_empty_input_asks_for_the_key(typed: str) -> None:
    with pytest.raises(InvalidRecoveryKey, match="Please type your recovery key"):
        normalize_recovery_key(typed)


def test_invalid_recovery_key_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        recovery_secret("nope")


def test_confirmation_groups_split_the_key() -> None:
    groups = confirmation_groups("abcd-efgh-jkmn-pqrs-tvwx-yz01-2345-6789")
    assert groups == ("ABCD", "EFGH", "JKMN", "PQRS", "TVWX", "YZ01", "2345", "6789")


def test_pick_confirmation_groups_gives_two_distinct_sorted_indexes() -> None:
    rng = random.Random(1234)
    seen = set()
    for _ in range(200):
        first, second = pick_confirmation_groups(rng)
        assert 0 <= first < second <= 7
        seen.add((first, second))
    assert len(seen) > 20  # really random, not a fixed pair


def test_pick_confirmation_groups_is_reproducible_with_a_seed() -> None:
    assert pick_confirmation_groups(random.Random(7)) == pick_confirmation_groups(random.Random(7))


def test_pick_confirmation_groups_without_rng() -> None:
    first, second = pick_confirmation_groups()
    assert 0 <= first < second <= 7


def test_groups_match_is_tolerant() -> None:
    key = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"
    assert groups_match(key, 0, "abcd")
    assert groups_match(key, 5, " yz0i ")
    assert groups_match(key, 5, "YZOL")
    assert groups_match(key, 7, "67-89")
    assert not groups_match(key, 0, "ABCE")
    assert not groups_match(key, 0, "ABC")
    assert not groups_match(key, 1, "ABCD")
    assert not groups_match(key, 2, "")


def test_groups_match_refuses_an_index_out_of_range() -> None:
    with pytest.raises(IndexError):
        groups_match(generate_recovery_key(), 8, "ABCD")
    with pytest.raises(IndexError):
        groups_match(generate_recovery_key(), -1, "ABCD")
