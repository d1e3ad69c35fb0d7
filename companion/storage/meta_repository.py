"""Small named values kept inside the encrypted database (for example the recovery key, so
that it can be shown again only after unlocking)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from companion.storage.models import ProfileMetaRow

RECOVERY_KEY = "recovery_key"


def get(session: Session, name: str) -> str | None:
    row = session.get(ProfileMetaRow, name)
    return None if row is None else row.value


def put(session: Session, name: str, value: str) -> None:
    row = session.get(ProfileMetaRow, name)
    if row is None:
        session.add(ProfileMetaRow(name=name, value=value))
    else:
        row.value = value
