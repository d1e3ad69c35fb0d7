"""Overwriting secrets in place: bytes, bytearray and every width of str."""

from __future__ import annotations

import pytest

from companion.wipe import owned_copy, wipe


def fresh(text: str) -> str:
    return owned_copy(text)


@pytest.mark.parametrize("text", ["ascii passphrase", "Grüße aus Köln", "Ωμέγα λέξη", "🙂 emoji ✓"])
def test_a_str_is_overwritten_in_place_without_touching_its_neighbours(text: str) -> None:
    before, secret, after = fresh("left guard"), fresh(text), fresh("right guard")
    same = secret
    wipe(secret)
    assert [ord(c) for c in same] == [0] * len(text)  # (its kind stays; == would say no)
    assert before == "left guard" and after == "right guard"
    assert text != secret  # the original constant is untouched


def test_bytes_and_bytearray() -> None:
    key = bytes(bytearray(range(1, 33)))
    buffer = bytearray(b"secret bytes")
    wipe(key)
    wipe(buffer)
    assert key == bytes(32) and buffer == bytearray(12)


def test_shared_tiny_objects_and_none_are_left_alone() -> None:
    wipe(None)
    wipe("")
    wipe("a")
    wipe(b"b")
    assert chr(97) == "a" and bytes([98]) == b"b"


def test_an_owned_copy_is_a_different_object() -> None:
    text = "the same words"
    copy = owned_copy(text)
    assert copy == text and copy is not text
    wipe(copy)
    assert text == "the same words"
