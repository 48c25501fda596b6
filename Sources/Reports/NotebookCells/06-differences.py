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
