"""Chart colours and type size. The UI builds a :class:`ChartTheme` from the Qt palette and
passes it to the builders, which apply it only inside ``matplotlib.rc_context`` (the global
rcParams are never changed)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

#: Okabe and Ito's colours, which stay apart for the common kinds of colour blindness.
LIGHT_SERIES = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#7a6a00",
    "#555555",
)
DARK_SERIES = (
    "#56B4E9",
    "#F08C4A",
    "#2fcf9f",
    "#E3A3C8",
    "#E6B34A",
    "#9fd3f2",
    "#F0E442",
    "#cfcfcf",
)
#: One marker per series, so that lines differ by more than colour.
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")


@dataclass(frozen=True)
class ChartTheme:
    background: str
    surface: str
    text: str
    muted: str
    grid: str
    accent: str
    series: tuple[str, ...]
    font_size: float = 9.0
    dark: bool = False

    @classmethod
    def light(cls, font_size: float = 9.0) -> ChartTheme:
        return cls(
            background="#f6f4f1",
            surface="#ffffff",
            text="#2b2a28",
            muted="#6d6a65",
            grid="#d6d1c9",
            accent="#4f7a6b",
            series=LIGHT_SERIES,
            font_size=font_size,
        )

    @classmethod
    def dark_theme(cls, font_size: float = 9.0) -> ChartTheme:
        return cls(
            background="#22252a",
            surface="#1a1c20",
            text="#e6e3de",
            muted="#a19d96",
            grid="#3a3e45",
            accent="#6fa893",
            series=DARK_SERIES,
            font_size=font_size,
            dark=True,
        )

    def colour(self, index: int) -> str:
        return self.series[index % len(self.series)]

    @property
    def mood_colormap(self) -> str:
        """Low mood to good mood; readable without colour vision as light to dark (or dark to
        light), and the legend says it in words."""
        return "cividis"

    def rc(self) -> dict[str, Any]:
        """The rcParams of this theme, for ``matplotlib.rc_context`` only."""
        small = self.font_size * 0.9
        return {
            "font.size": self.font_size,
            "axes.titlesize": self.font_size * 1.1,
            "figure.titlesize": self.font_size * 1.3,
            "figure.titleweight": "bold",
            "axes.labelsize": self.font_size,
            "xtick.labelsize": small,
            "ytick.labelsize": small,
            "legend.fontsize": small,
            "figure.facecolor": self.background,
            "savefig.facecolor": self.background,
            "axes.facecolor": self.surface,
            "axes.edgecolor": self.grid,
            "axes.labelcolor": self.text,
            "axes.titlecolor": self.text,
            "text.color": self.text,
            "xtick.color": self.muted,
            "ytick.color": self.muted,
            "xtick.labelcolor": self.text,
            "ytick.labelcolor": self.text,
            "grid.color": self.grid,
            "grid.linewidth": 0.7,
            "axes.grid": False,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "legend.facecolor": self.surface,
            "legend.edgecolor": self.grid,
            "legend.labelcolor": self.text,
            "legend.framealpha": 0.9,
            "hatch.color": self.text,
            "lines.linewidth": 1.8,
        }

    @contextlib.contextmanager
    def context(self) -> Iterator[None]:
        """Apply the theme while building a figure (restored afterwards)."""
        import matplotlib

        with matplotlib.rc_context(cast(Any, self.rc())):
            yield
