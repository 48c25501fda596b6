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
