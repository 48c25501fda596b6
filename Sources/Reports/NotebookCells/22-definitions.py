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
