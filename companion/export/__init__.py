"""Exports: session summaries (Markdown, HTML, PDF) and their chart images."""
