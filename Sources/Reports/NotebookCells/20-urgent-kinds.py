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
