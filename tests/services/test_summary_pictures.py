"""SummaryService and pictures: only images of shared entries are offered, a chosen picture
goes in after its entry's text, the choice is remembered; a private entry's files never come
near a summary, whatever they were chosen for."""

from __future__ import annotations

from dataclasses import replace

from companion.export.render_html import render_html
from companion.export.render_markdown import render_markdown
from companion.export.selection import PeriodChoice, default_selection, pictures_to_remember
from companion.export.summary_model import Markdown, Note, Picture, Subheading
from companion.services.attachments import AttachmentService
from companion.services.profile import UnlockedProfile
from companion.services.summary import SummaryRequest, SummaryService
from tests.support import summary_data as data


def _candidates(profile: UnlockedProfile, scenario: data.Scenario):
    service = profile.service(SummaryService)
    period = service.resolve_period(PeriodChoice(), scenario.counselor_id)
    return service, service.candidates(period, scenario.counselor_id)


def test_only_the_pictures_of_shared_entries_are_offered(profile: UnlockedProfile) -> None:
    scenario = data.fill(profile)
    pictures = data.add_pictures(profile, scenario)
    _service, candidates = _candidates(profile, scenario)
    assert [p.id for p in candidates.pictures] == [pictures.shared_picture, pictures.plain_picture]
    for never in (data.PRIVATE_PICTURE, data.PRIVATE_FILE, data.SHARED_FILE):
        assert never not in repr(candidates)
    assert default_selection(candidates).pictures == frozenset()  # off by default


def test_a_chosen_picture_follows_its_entrys_text(profile: UnlockedProfile) -> None:
    scenario = data.fill(profile)
    pictures = data.add_pictures(profile, scenario)
    service, candidates = _candidates(profile, scenario)
    selection = default_selection(candidates)
    without = service.build(SummaryRequest(candidates, selection), charts=False)
    assert without.pictures() == ()

    chosen = replace(selection, pictures=frozenset({pictures.shared_picture}))
    document = service.build(SummaryRequest(candidates, chosen), charts=False)
    (journal,) = [s for s in document.sections if s.key == "journal"]
    kinds = [type(b) for b in journal.blocks]
    assert kinds == [Subheading, Markdown, Picture, Note]
    caption = journal.blocks[-1]
    assert isinstance(caption, Note) and caption.text.startswith("A picture kept with “")
    (picture,) = document.pictures()
    assert picture.name == data.SHARED_PICTURE
    assert (picture.width_px, picture.height_px) == data.SHARED_PICTURE_SIZE
    stored = profile.service(AttachmentService).get(pictures.shared_picture)
    assert picture.data == profile.service(AttachmentService).data(stored)
    assert data.SHARED_PICTURE in render_markdown(document)
    assert f'alt="{data.SHARED_PICTURE}"' in render_html(document)


def test_an_entry_made_private_after_the_list_was_read_takes_its_pictures_along(
    profile: UnlockedProfile,
) -> None:
    from companion.domain.journal import EntryDraft

    scenario = data.fill(profile)
    pictures = data.add_pictures(profile, scenario)
    service, candidates = _candidates(profile, scenario)
    chosen = replace(default_selection(candidates), pictures=frozenset({pictures.shared_picture}))
    entry = profile.journal.get(scenario.shared_entry)
    profile.journal.update(
        entry.id,
        EntryDraft(title=entry.title, body=entry.body, mood=entry.mood, private=True),
    )
    document = service.build(SummaryRequest(candidates, chosen), charts=False)
    assert document.pictures() == ()
    assert data.SHARED_PICTURE not in render_html(document)


def test_the_choice_is_remembered_for_the_next_summary(profile: UnlockedProfile) -> None:
    scenario = data.fill(profile)
    pictures = data.add_pictures(profile, scenario)
    service, candidates = _candidates(profile, scenario)
    chosen = replace(default_selection(candidates), pictures=frozenset({pictures.shared_picture}))
    changes = pictures_to_remember(candidates, chosen)
    assert changes == ((pictures.shared_picture, True),)
    service.remember_pictures(changes)
    files = profile.service(AttachmentService)
    assert files.get(pictures.shared_picture).in_summary
    assert not files.get(pictures.plain_picture).in_summary
    assert files.get(pictures.private_picture).in_summary  # untouched, and never offered

    _service, again = _candidates(profile, scenario)
    assert default_selection(again).pictures == {pictures.shared_picture}
    # a picture removed meanwhile is skipped
    files.remove(pictures.shared_picture)
    service.remember_pictures(((pictures.shared_picture, False),))
