extension NotebookExport {
    /// The notebook's cells: a short explanation, then the code, for each view. Only the data
    /// files' names (from the command line, as Python string literals) vary; nothing from a
    /// scenario is written into a cell.
    static func cells(csvFile: String, jsonFile: String) -> [Notebook.Cell] {
        [
            .markdown("about", """
                # Webcare simulation results

                Written by `webcare-sim export-notebook` from simulation results. It reads two files from the folder it is in:

                - the **tidy table** (CSV): one row per figure, a mean over replications with its 95% interval \
                (`section` tells which table a row belongs to: `headline`, `hour`, `channel`, `kind`, \
                `site` (by the site of the message's region), `thread` (first messages and follow-ups), \
                `wait_distribution` or `difference`);
                - the **metadata** (JSON): the scenarios, their definitions and provenance.

                Run all cells (pandas and matplotlib are needed). Times are in minutes; shares are between 0 and 1.
                """),
            .code("load", """
                import json
                from pathlib import Path

                import matplotlib.pyplot as plt
                import pandas as pd
                from matplotlib.ticker import PercentFormatter

                DATA = Path(\(pythonString(csvFile)))
                META = Path(\(pythonString(jsonFile)))
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
                    \"\"\"The rows of one section of the tidy table.\"\"\"
                    return tidy[tidy["section"] == name]


                def color(index):
                    \"\"\"The colour of a scenario in every chart.\"\"\"
                    return colors[int(index) % len(colors)]


                def plain(text):
                    \"\"\"A name as literal chart text (no matplotlib math).\"\"\"
                    return str(text).replace("$", r"\\$")


                def cell(mean, low, high, percent=False, points=False):
                    \"\"\"A mean with its 95% interval as text, e.g. '87.7 [86.3, 89.1]'; shares as
                    percentages, or (for differences of shares) as percentage points.\"\"\"
                    if pd.isna(mean):
                        return "-"
                    if percent or points:
                        f = lambda v: f"{100 * v:.1f}" + ("" if points else "%")
                    else:
                        f = lambda v: f"{v:.2f}" if abs(v) < 10 else f"{v:.1f}"
                    text = f(mean) if pd.isna(low) else f"{f(mean)} [{f(low)}, {f(high)}]"
                    return text + (" pp" if points else "")


                def by_scenario(rows, text):
                    \"\"\"A table of formatted figures: one row per metric, one column per scenario.\"\"\"
                    return pd.DataFrame({
                        f"{i}: {names[i]}": {row.metric: text(row) for row in group.itertuples()}
                        for i, group in rows.groupby("scenario_index")
                    })


                hours = section("hour")


                def by_hour_of_day(metric):
                    \"\"\"An hour measure by hour of the day: mean, low and high of the seven days averaged.\"\"\"
                    rows = hours[hours["metric"] == metric]
                    return rows.groupby(["scenario_index", "hour"])[["mean", "ci95_low", "ci95_high"]].mean().reset_index()


                pd.DataFrame(meta["scenarios"])[["index", "name", "replications", "seed"]]
                """),
            .markdown("findings-about", """
                ## Key findings

                Each figure is the mean over replications with its 95% interval in brackets: the true long-run \
                value lies in that interval with 95% confidence.
                """),
            .code("findings", """
                by_scenario(section("headline"),
                            lambda r: cell(r.mean, r.ci95_low, r.ci95_high, r.metric in SHARES)).reindex(KEY)
                """),
            .markdown("differences-about", """
                ## Differences against the baseline

                For a comparison: each scenario minus the first (the baseline), computed replication by replication \
                on the same simulated messages, with its 95% interval; `*` and a filled dot mark a significant \
                difference (the interval excludes zero); shares differ in percentage points (pp).
                """),
            .code("differences", """
                diff = section("difference")
                if diff.empty:
                    print("No differences: these results are not a comparison (webcare-sim compare writes one).")
                else:
                    display(by_scenario(diff, lambda r: cell(r.mean, r.ci95_low, r.ci95_high, points=r.metric in SHARES)
                                        + (" *" if r.significant == "true" else "")).reindex(KEY))
                    panels = ["wait_mean_min", "wait_p90_min", "service_level", "abandon_share"]
                    count = diff["scenario_index"].nunique()
                    fig, axes = plt.subplots(1, len(panels), figsize=(15, 1.5 + 0.6 * count), sharey=True)
                    for ax, metric in zip(axes, panels):
                        rows = diff[diff["metric"] == metric].sort_values("scenario_index")
                        for y, r in enumerate(rows.itertuples()):
                            ax.errorbar(r.mean, y, xerr=[[r.mean - r.ci95_low], [r.ci95_high - r.mean]], fmt="o", capsize=4,
                                        color=color(r.scenario_index),
                                        markerfacecolor=color(r.scenario_index) if r.significant == "true" else "white")
                        ax.axvline(0, color="grey", linewidth=1)
                        ax.set_title(metric)
                        ax.set_yticks(range(len(rows)), [plain(names[i]) for i in rows["scenario_index"]])
                        if metric in SHARES:
                            ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
                            ax.locator_params(axis="x", nbins=5)
                    axes[0].invert_yaxis()
                    fig.suptitle("Scenario minus baseline, with 95% intervals")
                    fig.tight_layout()
                    plt.show()
                """),
            .markdown("arrivals-about", """
                ## Messages and officers over the week

                Per scenario: messages arriving in each hour of the week (bars) against the officers on duty (line).
                """),
            .code("arrivals", """
                fig, axes = plt.subplots(len(names), 1, figsize=(14, 2.8 * len(names)), sharex=True, squeeze=False)
                for ax, (i, rows) in zip(axes[:, 0], hours.groupby("scenario_index")):
                    arrivals = rows[rows["metric"] == "arrivals"].sort_values("hour_of_week")
                    officers = rows[rows["metric"] == "officers"].sort_values("hour_of_week")
                    ax.bar(arrivals["hour_of_week"] + 0.5, arrivals["mean"], width=0.85, color=color(i), alpha=0.45)
                    ax.set_ylabel("messages in the hour")
                    twin = ax.twinx()
                    twin.stairs(officers["mean"].to_numpy(), officers["hour_of_week"].tolist() + [168], color=color(i))
                    twin.set_ylabel("officers on duty")
                    twin.set_ylim(bottom=0)
                    ax.set_title(plain(names[i]))
                axes[-1, 0].set_xticks([24 * d + 12 for d in range(7)], ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
                axes[-1, 0].set_xlim(0, 168)
                fig.tight_layout()
                plt.show()
                """),
            .markdown("waits-about", """
                ## Waits by hour of the day

                The wait from arrival to the first answer, by the hour the message arrived: the mean and the 90th \
                percentile, the seven days averaged. Bands: the daily 95% intervals averaged (conservative).
                """),
            .code("waits", """
                fig, axes = plt.subplots(1, 2, figsize=(15, 4.5))
                for ax, metric, title in zip(axes, ["wait_mean_min", "wait_p90_min"],
                                             ["Average wait", "90th percentile of the wait"]):
                    for i, rows in by_hour_of_day(metric).groupby("scenario_index"):
                        ax.plot(rows["hour"] + 0.5, rows["mean"], color=color(i), label=plain(names[i]))
                        ax.fill_between(rows["hour"] + 0.5, rows["ci95_low"], rows["ci95_high"], color=color(i), alpha=0.2)
                    ax.set(title=title, xlabel="hour of the day the message arrived", ylabel="minutes",
                           xlim=(0, 24), xticks=range(0, 25, 3))
                axes[0].legend(fontsize="small")
                fig.tight_layout()
                plt.show()
                """),
            .markdown("queue-about", """
                ## Queue over the week

                The time-average number of messages waiting in each hour of the week, with 95% interval bands.
                """),
            .code("queue", """
                fig, ax = plt.subplots(figsize=(15, 4.5))
                queue = hours[hours["metric"] == "queue_mean"]
                for i, rows in queue.groupby("scenario_index"):
                    rows = rows.sort_values("hour_of_week")
                    ax.plot(rows["hour_of_week"] + 0.5, rows["mean"], color=color(i), label=plain(names[i]))
                    ax.fill_between(rows["hour_of_week"] + 0.5, rows["ci95_low"], rows["ci95_high"], color=color(i), alpha=0.2)
                ax.set(xlabel="hour of the week", ylabel="messages waiting", xlim=(0, 168))
                ax.set_xticks([24 * d + 12 for d in range(7)], ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
                ax.legend(fontsize="small")
                plt.show()
                """),
            .markdown("service-level-about", """
                ## Service level by hour of the day

                Share of all messages arriving in that hour that were answered within the target (given up and \
                still-waiting messages count as missed); the target is in the definitions below.
                """),
            .code("service-level", """
                fig, ax = plt.subplots(figsize=(10, 4.5))
                for i, rows in by_hour_of_day("service_level").groupby("scenario_index"):
                    ax.plot(rows["hour"] + 0.5, rows["mean"], color=color(i), label=plain(names[i]))
                    ax.fill_between(rows["hour"] + 0.5, rows["ci95_low"], rows["ci95_high"], color=color(i), alpha=0.2)
                ax.set(xlabel="hour of the day the message arrived", ylabel="answered in time", xlim=(0, 24),
                       ylim=(0, 1), xticks=range(0, 25, 3))
                ax.yaxis.set_major_formatter(PercentFormatter(1.0))
                ax.legend(fontsize="small")
                plt.show()
                """),
            .markdown("distribution-about", """
                ## Response times

                The share of all messages answered within a given time (a cumulative distribution). Given up and \
                still-waiting messages never count as answered, so a curve ends below 100% when citizens give up.
                """),
            .code("distribution", """
                dist = section("wait_distribution")
                if dist.empty:
                    print("Not in these results: they were written by a version of webcare-sim without the response-time distribution.")
                else:
                    fig, ax = plt.subplots(figsize=(10, 4.5))
                    for i, rows in dist.groupby("scenario_index"):
                        rows = rows.sort_values("minutes")
                        ax.plot(rows["minutes"], rows["mean"], color=color(i), marker=".", label=plain(names[i]))
                        ax.fill_between(rows["minutes"], rows["ci95_low"], rows["ci95_high"], color=color(i), alpha=0.2)
                    ax.set_xscale("symlog", linthresh=1)
                    ax.set(xlabel="minutes from arrival to first answer", ylabel="share answered", ylim=(0, 1))
                    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
                    ax.legend(fontsize="small")
                    plt.show()
                """),
            .markdown("urgent-about", """
                ## Urgent messages

                Urgent messages must be passed on to the control room (112) at once. Per scenario: urgent messages \
                per week, their mean and longest wait, how many waited longer than the scenario's urgent threshold \
                (late; answered, given up or still waiting), how many arrived while no one was on duty and how many \
                of those were late, each with its 95% interval; for a comparison also the differences against the \
                baseline (`*`: significant). The chart shows the late ones per week.
                """),
            .code("urgent", """
                URGENT = ["urgent_per_week", "urgent_wait_mean_min", "urgent_wait_max_min", "urgent_late_per_week",
                          "urgent_off_duty_per_week", "urgent_off_duty_late_per_week"]
                headline = section("headline")
                urgent = headline[headline["metric"].isin(URGENT)]
                if not (urgent[urgent["metric"] == "urgent_per_week"]["mean"].fillna(0) > 0).any():
                    print("No urgent messages in these results.")
                else:
                    for s in meta["scenarios"]:
                        threshold = s["definitions"].get("urgent_threshold_min")
                        print(f"{s['index']}: {s['name']}: late = waited longer than {threshold} minutes")
                    display(by_scenario(urgent, lambda r: cell(r.mean, r.ci95_low, r.ci95_high)).reindex(URGENT))
                    urgent_diff = section("difference")
                    urgent_diff = urgent_diff[urgent_diff["metric"].isin(URGENT)]
                    if not urgent_diff.empty:
                        display(by_scenario(urgent_diff, lambda r: cell(r.mean, r.ci95_low, r.ci95_high)
                                            + (" *" if r.significant == "true" else "")).reindex(URGENT))
                    fig, ax = plt.subplots(figsize=(10, 1.5 + 0.7 * len(names)))
                    for offset, (metric, label, alpha) in enumerate([("urgent_late_per_week", "late", 0.9),
                                                                     ("urgent_off_duty_late_per_week",
                                                                      "late, arrived with no one on duty", 0.45)]):
                        rows = urgent[urgent["metric"] == metric].sort_values("scenario_index")
                        y = rows["scenario_index"] + 0.2 * (2 * offset - 1)
                        errors = [(rows["mean"] - rows["ci95_low"]).fillna(0), (rows["ci95_high"] - rows["mean"]).fillna(0)]
                        ax.barh(y, rows["mean"].fillna(0), height=0.38, xerr=errors, capsize=3, alpha=alpha, label=label,
                                color=[color(i) for i in rows["scenario_index"]])
                    ax.set_yticks(sorted(names), [plain(names[i]) for i in sorted(names)])
                    ax.invert_yaxis()
                    ax.set(xlabel="urgent messages per week (95% interval)", title="Urgent messages that waited too long")
                    ax.legend(fontsize="small")
                    fig.tight_layout()
                    plt.show()
                """),
            .markdown("urgent-kinds-about", """
                ### Urgent message kinds

                The message kinds whose name contains "urgent": how many, how long they waited.
                """),
            .code("urgent-kinds", """
                kinds = section("kind")
                urgent_kinds = kinds[kinds["group"].str.contains("urgent", case=False)]
                if urgent_kinds.empty:
                    print("No message kind named 'urgent' in these results.")
                else:
                    urgent_kinds = urgent_kinds.assign(value=[cell(r.mean, r.ci95_low, r.ci95_high, r.metric in SHARES)
                                                              for r in urgent_kinds.itertuples()])
                    table = urgent_kinds.pivot_table(index=["scenario_index", "group"], columns="metric", values="value",
                                                     aggfunc="first")
                    table.insert(0, "scenario", [names[i] for i, _ in table.index])
                    display(table)
                """),
            .markdown("definitions-about", """
                ## Definitions and provenance

                What the numbers mean, and where each result came from (scenario file, its SHA-256, changes made \
                with `--set`, the tool version).
                """),
            .code("definitions", """
                for s in meta["scenarios"]:
                    d, p = s["definitions"], s.get("provenance")
                    print(f"{s['index']}: {s['name']}")
                    print(f"  service level: {d['service_level']}")
                    print(f"  shift end: {d['shift_end_rule']}")
                    print(f"  warm-up {d['warmup_days']} days, then {d['horizon_days']} days counted; "
                          f"{s['replications']} replications, seed {s['seed']}")
                    if p:
                        print(f"  scenario file {p['scenario_file']}, sha256 {p['scenario_sha256']}, webcare-sim {p['tool_version']}")
                        print("  changed with --set:", "; ".join(p.get("overrides", [])) or "nothing")
                    else:
                        print("  scenario file, sha256 and tool version: not recorded")
                if meta.get("difference_definition"):
                    print("differences:", meta["difference_definition"])
                print("written by", meta["generator"])
                """),
        ]
    }
}
