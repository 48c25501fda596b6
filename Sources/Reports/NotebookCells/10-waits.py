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
