"""The summary as one self-contained HTML file (CSS inline, charts as base64 PNG, pictures
as base64 JPEG or PNG, made ready for print before: :mod:`companion.export.print_pictures`).
The same HTML feeds the preview in the export dialog and, with other image sources and
sizes, the PDF.

Only the subset of HTML and CSS that Qt's rich text understands is used, so that the preview
shows the file as it will be.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from html import escape

from companion.charts.text import day_text, tr
from companion.domain import wording
from companion.export.client_markdown import to_html
from companion.export.summary_model import (
    Block,
    BulletList,
    Image,
    Markdown,
    Note,
    Paragraph,
    Picture,
    Section,
    Subheading,
    SummaryDocument,
    Table,
)

#: Chart width in CSS pixels (96 per inch) in the HTML file and the preview.
IMAGE_WIDTH_PX = 624


def data_uri(image: Image) -> str:
    return "data:image/png;base64," + base64.b64encode(image.png).decode("ascii")


def picture_data_uri(picture: Picture) -> str:
    return f"data:{picture.media_type};base64," + base64.b64encode(picture.data).decode("ascii")


#: Where each kind of image comes from: a chart, a picture (data URIs in the file, the PDF's
#: own resources when it lays the same HTML out).
ImageSources = tuple[Callable[[Image], str], Callable[[Picture], str]]


def _css(px: float) -> str:
    def p(value: float) -> str:
        return f"{round(value * px)}px"

    return (
        "body { font-family: 'Source Serif Pro', Georgia, 'Noto Serif', 'DejaVu Serif', serif;"
        " font-size: 11pt; color: #24292f; background: #ffffff; }\n"
        "h1 { font-family: 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif;"
        f" font-size: 19pt; font-weight: 600; color: #1f3a4d; margin-bottom: {p(2)}; }}\n"
        "h2 { font-family: 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif;"
        f" font-size: 13.5pt; font-weight: 600; color: #1f3a4d; margin-top: {p(22)};"
        f" margin-bottom: {p(6)}; }}\n"
        "h3 { font-family: 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif;"
        f" font-size: 11pt; font-weight: 600; color: #24292f; margin-top: {p(12)};"
        f" margin-bottom: {p(2)}; }}\n"
        "h4, h5, h6 { font-family: 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif;"
        f" font-weight: 600; color: #24292f; margin-top: {p(10)}; margin-bottom: {p(2)}; }}\n"
        "h4 { font-size: 11pt; }\n"
        "h5, h6 { font-size: 10.5pt; }\n"
        "h6 { font-style: italic; }\n"
        f"blockquote {{ color: #424a53; font-style: italic; margin-left: {p(18)};"
        f" margin-right: {p(12)}; margin-top: {p(4)}; margin-bottom: {p(6)}; }}\n"
        "code, pre { font-family: 'DejaVu Sans Mono', 'Noto Sans Mono', Consolas, monospace;"
        " font-size: 9.5pt; }\n"
        f"p {{ margin-top: {p(3)}; margin-bottom: {p(6)}; line-height: 135%; }}\n"
        f"p.meta {{ color: #57606a; margin-top: 0; margin-bottom: {p(2)}; }}\n"
        f"p.detail {{ color: #57606a; font-size: 9.5pt; margin-top: 0; margin-bottom: {p(4)}; }}\n"
        f"p.more {{ color: #57606a; font-size: 9.5pt; margin-top: {p(14)}; }}\n"
        f"p.next {{ font-weight: 600; margin-top: {p(6)}; margin-bottom: {p(2)}; }}\n"
        f"p.note {{ color: #57606a; font-size: 9pt; font-style: italic; margin-top: {p(2)}; }}\n"
        f"li {{ margin-bottom: {p(4)}; }}\n"
        "table { border-collapse: collapse; }\n"
        f"th {{ text-align: left; font-weight: 600; background: #eef2f5; padding: {p(4)} {p(8)};"
        " border-bottom: 1px solid #c9d1d9; }\n"
        f"td {{ padding: {p(4)} {p(8)}; border-bottom: 1px solid #e1e4e8; }}\n"
        f"div.chart {{ margin-top: {p(8)}; margin-bottom: {p(4)}; }}\n"
        f"div.picture {{ margin-top: {p(6)}; margin-bottom: {p(8)}; }}\n"
        "img { max-width: 100%; height: auto; }\n"
    )


def _lines(lines: tuple[str, ...]) -> str:
    return "<br>".join(escape(line) for line in lines)


def _block(block: Block, sources: ImageSources, image_width: int) -> str:
    image_src, picture_src = sources
    if isinstance(block, Paragraph):
        return f"<p>{_lines(block.lines)}</p>"
    if isinstance(block, Markdown):
        return to_html(block.text)
    if isinstance(block, Subheading):
        html = f"<h3>{escape(block.text)}</h3>"
        if block.detail:
            html += f'<p class="detail">{escape(block.detail)}</p>'
        return html
    if isinstance(block, BulletList):
        items = "".join(
            "<li>"
            + (f"<b>{escape(mark)}</b> " if (mark := block.mark(i)) else "")
            + f"{escape(item)}</li>"
            for i, item in enumerate(block.items)
        )
        return f"<ul>{items}</ul>"
    if isinstance(block, Table):
        head = "".join(f"<th>{escape(h)}</th>" for h in block.headers)
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
            for row in block.rows
        )
        return (
            '<table cellspacing="0" cellpadding="0" width="100%">'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        )
    # An image's width only: its height follows from its shape, also where the page is
    # narrower and the image with it (given a height too, Qt's preview kept the height).
    if isinstance(block, Image):
        return (
            f'<div class="chart"><img src="{escape(image_src(block))}" '
            f'alt="{escape(block.alt)}" width="{image_width}"></div>'
        )
    if isinstance(block, Picture):
        width, _height = block.shown
        return (
            f'<div class="picture"><img src="{escape(picture_src(block))}" '
            f'alt="{escape(block.name)}" width="{width}"></div>'
        )
    assert isinstance(block, Note)
    return f'<p class="note">{escape(block.text)}</p>'


def _section(
    section: Section,
    sources: ImageSources,
    image_width: int,
    *,
    new_page: bool = False,
) -> str:
    body = "\n".join(_block(b, sources, image_width) for b in section.blocks)
    # the details start on a page of their own when printed (the PDF, a browser's print)
    style = ' style="page-break-before: always;"' if new_page else ""
    return f'<h2 id="{escape(section.key)}"{style}>{escape(section.heading)}</h2>\n{body}'


def render_html(
    document: SummaryDocument,
    *,
    image_src: Callable[[Image], str] = data_uri,
    image_width: int = IMAGE_WIDTH_PX,
    px: float = 1.0,
    picture_src: Callable[[Picture], str] = picture_data_uri,
) -> str:
    """The whole HTML file. ``image_src``, ``picture_src`` and ``image_width`` (and ``px``,
    the size of one CSS pixel in the target's pixels) let the PDF renderer lay out the same
    HTML on paper. Pictures are written as they are in ``document``: make them ready for
    print first (:func:`companion.export.print_pictures.ready_for_print`)."""
    sources: ImageSources = (image_src, picture_src)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(wording.language())}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(document.title)}</title>",
        f"<style>\n{_css(px)}</style></head>",
        "<body>",
        f"<h1>{escape(document.title)}</h1>",
        f'<p class="meta">{escape(document.counselor_line)}</p>',
        f'<p class="meta">{escape(document.period_line)}</p>',
        '<p class="detail">'
        + escape(tr("Exported on %1").replace("%1", day_text(document.exported_on)))
        + "</p>",
    ]
    if document.next_session_line:
        parts.append(f'<p class="next">{escape(document.next_session_line)}</p>')
    if document.is_empty():
        parts.append(f'<p class="note">{escape(tr("Nothing is chosen to share yet."))}</p>')
    parts.extend(_section(s, sources, image_width) for s in document.overview)
    if document.details_line:
        parts.append(f'<p class="more">{escape(document.details_line)}</p>')
    parts.extend(
        _section(s, sources, image_width, new_page=bool(document.overview) and i == 0)
        for i, s in enumerate(document.sections)
    )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
