"""The candidates view: a lazy table over every candidate, instant search, detail pane and editors."""
