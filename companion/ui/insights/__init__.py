"""The Insights area: charts of check-ins, mood, journaling and goals."""
