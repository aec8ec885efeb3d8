"""When a figure speaks of: its period read from the wording, the draft's date and what the data covers
(months, full years, spans, averages over years, forecasts, undated figures, censuses)."""
