fig, ax = plt.subplots(figsize=(10, 4.5))
for i, rows in by_hour_of_day("service_level").groupby("scenario_index"):
    ax.plot(rows["hour"] + 0.5, rows["mean"], color=color(i), label=plain(names[i]))
    ax.fill_between(rows["hour"] + 0.5, rows["ci95_low"], rows["ci95_high"], color=color(i), alpha=0.2)
ax.set(xlabel="hour of the day the message arrived", ylabel="answered in time", xlim=(0, 24),
       ylim=(0, 1), xticks=range(0, 25, 3))
ax.yaxis.set_major_formatter(PercentFormatter(1.0))
ax.legend(fontsize="small")
plt.show()
