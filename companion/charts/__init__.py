"""Pure chart builders: Insights data -> matplotlib ``Figure`` (no pyplot, no Qt), and the thin
Qt canvas adapter in :mod:`companion.charts.qt_canvas`.

Each chart module has ``build_<name>(data, theme, ...) -> Figure`` and ``table_<name>(data)
-> (headers, rows)``, the same numbers as text. Importing this package does not import
matplotlib; the chart modules do, so import them only when a chart is first needed.
"""
