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
