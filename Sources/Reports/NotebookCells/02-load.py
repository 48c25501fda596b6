import json
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import PercentFormatter

DATA = Path("@CSV_FILE@")
META = Path("@JSON_FILE@")
meta = json.loads(META.read_text(encoding="utf-8"))
text_columns = {"section": str, "scenario": str, "group": str, "day": str, "metric": str, "significant": str}
tidy = pd.read_csv(DATA, dtype=text_columns, keep_default_na=False)
for column in ["scenario_index", "hour_of_week", "hour", "minutes", "mean", "ci95_low", "ci95_high"]:
    tidy[column] = pd.to_numeric(tidy[column], errors="coerce")

names = {s["index"]: s["name"] for s in meta["scenarios"]}
colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
SHARES = {"p_wait", "service_level", "abandon_share", "utilization", "conversation_utilization", "shrinkage_share"}
KEY = ["wait_mean_min", "wait_p90_min", "service_level", "abandon_share", "backlog_at_opening",
       "queue_mean", "utilization", "officer_hours_per_week", "messages_per_week"]


def section(name):
    """The rows of one section of the tidy table."""
    return tidy[tidy["section"] == name]


def color(index):
    """The colour of a scenario in every chart."""
    return colors[int(index) % len(colors)]


def plain(text):
    """A name as literal chart text (no matplotlib math)."""
    return str(text).replace("$", r"\$")


def cell(mean, low, high, percent=False, points=False):
    """A mean with its 95% interval as text, e.g. '87.7 [86.3, 89.1]'; shares as
    percentages, or (for differences of shares) as percentage points."""
    if pd.isna(mean):
        return "-"
    if percent or points:
        f = lambda v: f"{100 * v:.1f}" + ("" if points else "%")
    else:
        f = lambda v: f"{v:.2f}" if abs(v) < 10 else f"{v:.1f}"
    text = f(mean) if pd.isna(low) else f"{f(mean)} [{f(low)}, {f(high)}]"
    return text + (" pp" if points else "")


def by_scenario(rows, text):
    """A table of formatted figures: one row per metric, one column per scenario."""
    return pd.DataFrame({
        f"{i}: {names[i]}": {row.metric: text(row) for row in group.itertuples()}
        for i, group in rows.groupby("scenario_index")
    })


hours = section("hour")


def by_hour_of_day(metric):
    """An hour measure by hour of the day: mean, low and high of the seven days averaged."""
    rows = hours[hours["metric"] == metric]
    return rows.groupby(["scenario_index", "hour"])[["mean", "ci95_low", "ci95_high"]].mean().reset_index()


pd.DataFrame(meta["scenarios"])[["index", "name", "replications", "seed"]]
