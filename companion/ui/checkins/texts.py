"""The translated wording of the relationship qualities (the domain keeps English defaults)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.domain.enums import RelationshipQuality as Q

_CONTEXT = "CheckIns"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def statement(key: Q) -> str:
    """The check-in statement the client rates."""
    return {
        Q.HEARD: _t("I felt heard and listened to."),
        Q.RESPECTED: _t("I felt respected, including my choices."),
        Q.SUPPORTED: _t("I felt supported and encouraged."),
        Q.UNDERSTOOD: _t("My counselor understood how I was feeling."),
        Q.TRUST: _t("I trust that my counselor has my best interests at heart."),
        Q.OPEN: _t("I could be myself without fear of being judged."),
        Q.SAFE: _t("The session felt professional and safe."),
        Q.TOGETHER: _t("We worked together on what matters to me."),
    }[Q(key)]


def short_name(key: Q) -> str:
    """A word or two for the quality, for lists and charts."""
    return {
        Q.HEARD: _t("Heard"),
        Q.RESPECTED: _t("Respected"),
        Q.SUPPORTED: _t("Supported"),
        Q.UNDERSTOOD: _t("Understood"),
        Q.TRUST: _t("Trust"),
        Q.OPEN: _t("Free to be myself"),
        Q.SAFE: _t("Safe"),
        Q.TOGETHER: _t("Working together"),
    }[Q(key)]


def you_felt_less(key: Q) -> str:
    """Second person, for the gentle note: "You felt ___ this time"."""
    return {
        Q.HEARD: _t("less heard"),
        Q.RESPECTED: _t("less respected"),
        Q.SUPPORTED: _t("less supported"),
        Q.UNDERSTOOD: _t("less understood"),
        Q.TRUST: _t("less sure that your counselor has your best interests at heart"),
        Q.OPEN: _t("less free to be yourself"),
        Q.SAFE: _t("less safe"),
        Q.TOGETHER: _t("less like you were working together"),
    }[Q(key)]


def i_felt_less(key: Q) -> str:
    """First person, for the draft note to the counselor: "I felt ___ than usual"."""
    return {
        Q.HEARD: _t("less heard"),
        Q.RESPECTED: _t("less respected"),
        Q.SUPPORTED: _t("less supported"),
        Q.UNDERSTOOD: _t("less understood"),
        Q.TRUST: _t("less sure that you have my best interests at heart"),
        Q.OPEN: _t("less free to be myself"),
        Q.SAFE: _t("less safe"),
        Q.TOGETHER: _t("less like we were working together"),
    }[Q(key)]


def join(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return _t("%1 and %2").replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])


def rating_text(value: int | None) -> str:
    if value is None:
        return _t("not rated")
    return _t("%1 of 10").replace("%1", str(value))


#: The note shown wherever scores appear.
def not_clinical() -> str:
    return _t(
        "These ratings are a personal reflection aid for you, not a clinical measure. "
        "Nothing here is shared unless you choose to."
    )
