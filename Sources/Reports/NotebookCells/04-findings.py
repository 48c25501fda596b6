by_scenario(section("headline"),
            lambda r: cell(r.mean, r.ci95_low, r.ci95_high, r.metric in SHARES)).reindex(KEY)
