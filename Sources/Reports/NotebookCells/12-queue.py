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
