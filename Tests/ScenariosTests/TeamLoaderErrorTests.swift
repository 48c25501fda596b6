import Scenarios
import Testing
import WebcareModel

/// The error `yaml` (a variant of `fullTeamScenario`) gives, as `file:line:column: message`;
/// nil when it parses.
private func failure(_ yaml: String, set arguments: [String] = []) -> String? {
    do {
        _ = try ScenarioLoader.parse(yaml: yaml, file: "test.yaml", overrides: arguments.map(ScenarioOverride.parse))
        return nil
    } catch {
        return String(describing: error)
    }
}

private let distributionText =
    "a distribution in minutes, e.g. {dist: exponential, mean: 8}; dist is one of exponential, lognormal, gamma, deterministic, empirical"

@Suite("Team loader errors")
struct TeamLoaderErrorTests {
    @Test func newTopLevelKeysAreListed() {
        #expect(failure(teamChanged("busy_days: {cv: 0.25}", "busy_dayz: {cv: 0.25}"))
            == "test.yaml:38:1: busy_dayz: unknown key; expected one of name, description, base, run, service_level, channels, kinds, shifts, sites, regions, routing, concurrency, shift_end, shrinkage, busy_days, on_call, starting_backlog, goals")
    }

    @Test func sites() {
        let line = "sites: [emmen, assen, hoogeveen]"
        #expect(failure(teamChanged(line, "sites: [emmen, assen, emmen]"))
            == "test.yaml:25:23: sites[2]: \"emmen\" is already the name of sites[0]; expected a unique site name")
        #expect(failure(teamChanged(line, "sites: []")) == "test.yaml:25:8: sites: an empty list; expected 1 to 64 sites")
        let many = (0...64).map { "s\($0)" }.joined(separator: ", ")
        #expect(failure(teamChanged(line, "sites: [\(many)]")) == "test.yaml:25:8: sites: 65 sites; expected at most 64")
        #expect(failure(teamChanged(line, "sites: emmen"))
            == "test.yaml:25:8: sites: \"emmen\"; expected a list of site names, e.g. [emmen, assen]")
    }

    @Test func regionsNeedSites() {
        let yaml = teamWithout("sites: [emmen, assen, hoogeveen]", "    site: emmen", "    site: assen")
        #expect(failure(yaml)
            == "test.yaml:25:1: regions: only allowed with sites; expected sites, a list of the sites the regions' messages go to")
    }

    @Test func regionSiteAndNameAndShares() {
        #expect(failure(teamChanged("site: hoogeveen}", "site: zwolle}"))
            == "test.yaml:29:40: regions[2].site: \"zwolle\" is not a site; expected one of the sites: emmen, assen, hoogeveen")
        #expect(failure(teamChanged(", site: hoogeveen}", "}"))
            == "test.yaml:29:5: regions[2].site: required key is missing; expected the site its messages go to, one of emmen, assen, hoogeveen")
        #expect(failure(teamChanged("{name: noord", "{name: zuidoost"))
            == "test.yaml:28:12: regions[1].name: \"zuidoost\" is already the name of regions[0]; expected a unique region name")
        #expect(failure(teamChanged("share: 0.45", "share: 0.5"))
            == "test.yaml:26:1: regions: the shares sum to 1.05; expected shares that sum to 1 (within 1e-6)")
        #expect(failure(teamChanged("share: 0.45", "share: 0"))
            == "test.yaml:27:29: regions[0].share: 0; expected a share of all messages, > 0 and <= 1")
    }

    @Test func separateAndOverflowNeedRegions() {
        let withoutRegions = teamWithout("regions:", "  - {name: zuidoost, share: 0.45, site: emmen}",
                                         "  - {name: noord, share: 0.35, site: assen}",
                                         "  - {name: zuidwest, share: 0.2, site: hoogeveen}")
        #expect(failure(withoutRegions)
            == "test.yaml:25:1: sites: 3 sites but no regions, so every message would count at emmen and none at assen, hoogeveen; expected regions, a list of {name, share, site} saying which share of the messages is for each site (or one site)")
        let oneSite = teamChanged("sites: [emmen, assen, hoogeveen]", "sites: [emmen]",
                                  in: teamChanged("site: assen", "site: emmen", in: withoutRegions))
        #expect(failure(oneSite)
            == "test.yaml:26:10: routing: overflow needs regions to say which site each message goes to; expected pooled, or regions with a site each")
        #expect(failure(teamChanged("routing: {policy: overflow, after_minutes: 20}", "routing: separate", in: oneSite))
            == "test.yaml:26:10: routing: separate needs regions to say which site each message goes to; expected pooled, or regions with a site each")
    }

    @Test func routingForms() {
        let line = "routing: {policy: overflow, after_minutes: 20}"
        let afterExpected = "the minutes a message waits in its own site's queue before an officer of any site may take it, 0 to 525600"
        #expect(failure(teamChanged(line, "routing: shared"))
            == "test.yaml:30:10: routing: \"shared\" is not a routing policy; expected pooled, separate or {policy: overflow, after_minutes: M}")
        #expect(failure(teamChanged(line, "routing: {policy: shared}"))
            == "test.yaml:30:19: routing.policy: \"shared\" is not a routing policy; expected one of pooled, separate, overflow")
        #expect(failure(teamChanged(line, "routing: overflow"))
            == "test.yaml:30:10: routing: \"overflow\" needs after_minutes; expected {policy: overflow, after_minutes: M}, M \(afterExpected)")
        #expect(failure(teamChanged(line, "routing: {policy: separate, after_minutes: 20}"))
            == "test.yaml:30:29: routing.after_minutes: only allowed with policy: overflow; expected pooled, separate or {policy: overflow, after_minutes: M}")
        #expect(failure(teamChanged(line, "routing: {policy: overflow, after_minutes: -5}"))
            == "test.yaml:30:44: routing.after_minutes: -5; expected \(afterExpected)")
        #expect(failure(teamChanged(line, "routing: {policy: overflow}"))
            == "test.yaml:30:10: routing.after_minutes: required key is missing; expected \(afterExpected)")
    }

    @Test func conversations() {
        #expect(failure(teamChanged("  conversations: 3", "  conversations: 17"))
            == "test.yaml:32:18: concurrency.conversations: 17; expected a whole number of conversations one officer has in hand at once, 1 to 16")
    }

    @Test func throughputTable() {
        let line = "  throughput: [1.0, 1.7, 2.5]"
        #expect(failure(teamChanged(line, "  throughput: [1.0, 1.7]"))
            == "test.yaml:33:15: concurrency.throughput: 2 values; expected 3 numbers, the total throughput with 1 to 3 conversations in hand (conversations: 3)")
        #expect(failure(teamChanged(line, "  throughput: [1.2, 1.7, 2.5]"))
            == "test.yaml:33:16: concurrency.throughput[0]: 1.2; expected 1: handling times are measured one conversation at a time, so one conversation in hand goes at full speed")
        #expect(failure(teamChanged(line, "  throughput: [1.0, 1.7, 1.5]"))
            == "test.yaml:33:26: concurrency.throughput[2]: 1.5 is less than the throughput before it, 1.7; expected a non-decreasing table: more conversations in hand never get less done in total")
        #expect(failure(teamChanged(line, "  throughput: [1.0, 0, 2.5]"))
            == "test.yaml:33:21: concurrency.throughput[1]: 0; expected a total throughput > 0 (officer-minutes of handling done per minute), at most the conversations in hand")
    }

    @Test func shiftEndRule() {
        let line = "shift_end: {rule: hand_over, work_done: lost}"
        let expected = "finish, hand_over or {rule: hand_over, work_done: kept or lost}"
        #expect(failure(teamChanged(line, "shift_end: overtime"))
            == "test.yaml:34:12: shift_end: \"overtime\" is not a rule for the work in hand; expected \(expected)")
        #expect(failure(teamChanged(line, "shift_end: {rule: overtime}"))
            == "test.yaml:34:19: shift_end.rule: \"overtime\" is not a rule for the work in hand; expected finish or hand_over")
        #expect(failure(teamChanged(line, "shift_end: {rule: finish, work_done: lost}"))
            == "test.yaml:34:27: shift_end.work_done: only allowed with rule: hand_over (an officer who finishes hands nothing over); expected \(expected)")
        #expect(failure(teamChanged(line, "shift_end: {rule: hand_over, work_done: gone}"))
            == "test.yaml:34:41: shift_end.work_done: \"gone\" is not kept or lost; expected kept (the next officer does only the rest) or lost (the next officer starts over)")
    }

    @Test func monitoring() {
        let line = "  monitoring: {share: 0.10, block_minutes: 15}"
        #expect(failure(teamChanged(line, "  monitoring: {share: 1, block_minutes: 15}"))
            == "test.yaml:36:23: shrinkage.monitoring.share: 1; expected the share of on-duty time spent monitoring, > 0 and < 1")
        #expect(failure(teamChanged(line, "  monitoring: {share: 0.10}"))
            == "test.yaml:36:15: shrinkage.monitoring.block_minutes: required key is missing; expected the length of one monitoring block in minutes, from 1 to 1440")
    }

    @Test func callOuts() {
        #expect(failure(teamChanged("per_hour: 0.05", "per_hour: 0"))
            == "test.yaml:37:25: shrinkage.call_outs.per_hour: 0; expected call-outs per officer per hour of available duty time, > 0 and at most 12")
        #expect(failure(teamChanged("in_hand: hand_over}", "in_hand: street}"))
            == "test.yaml:37:81: shrinkage.call_outs.in_hand: \"street\" is not a rule for the work in hand; expected finish, hand_over or {rule: hand_over, work_done: kept or lost}")
        #expect(failure(teamChanged("  call_outs: {per_hour: 0.05, duration: {dist: exponential, mean: 60}, ", "  call_outs: {"))
            == "test.yaml:37:14: shrinkage.call_outs.per_hour: required key is missing; expected call-outs per officer per hour of available duty time, > 0 and at most 12")
    }

    @Test func busyDays() {
        #expect(failure(teamChanged("busy_days: {cv: 0.25}", "busy_days: {cv: 0}"))
            == "test.yaml:38:17: busy_days.cv: 0; expected the coefficient of variation of the day-level rate multiplier (gamma, mean 1), from 0.01 to 2; omit busy_days to turn it off")
        #expect(failure(teamChanged("busy_days: {cv: 0.25}", "busy_days: 0.25"))
            == "test.yaml:38:12: busy_days: 0.25; expected a mapping with cv, e.g. {cv: 0.25}")
    }

    @Test func onCallMustBeCalledBySomething() {
        #expect(failure(teamWithout("  backlog_threshold: 20"))
            == "test.yaml:44:19: on_call.call_on_urgent: false and there is no backlog_threshold, so nothing calls the on-call officer; expected call_on_urgent: true or a backlog_threshold")
    }

    @Test func onCallFields() {
        #expect(failure(teamChanged("  call_on_urgent: false", "  call_on_urgent: yes"))
            == "test.yaml:44:19: on_call.call_on_urgent: \"yes\" is not true or false; expected true or false: whether an urgent message calls the officer")
        #expect(failure(teamChanged("  backlog_threshold: 20", "  backlog_threshold: 0"))
            == "test.yaml:45:22: on_call.backlog_threshold: 0; expected a whole number of waiting messages that calls the on-call officer, 1 to 1000000")
        #expect(failure(teamWithout("  delay: {dist: deterministic, value: 30}"))
            == "test.yaml:40:3: on_call.delay: required key is missing; expected \(distributionText)")
        #expect(failure(teamChanged("  start: \"22:00\"\n  end", "  start: \"25:00\"\n  end"))
            == "test.yaml:41:10: on_call.start: \"25:00\" is not a time of day; expected HH:MM between 00:00 and 23:59")
    }

    @Test func startingBacklogNames() {
        #expect(failure(teamChanged("{channel: twitter", "{channel: instagram"))
            == "test.yaml:47:15: starting_backlog[0].channel: \"instagram\" is not a channel; expected one of the channels: facebook, twitter")
        #expect(failure(teamChanged("kind: question, count", "kind: tip, count"))
            == "test.yaml:47:30: starting_backlog[0].kind: \"tip\" is not a message kind; expected one of the message kinds: question, urgent")
        #expect(failure(teamChanged("count: 20}", "count: -1}"))
            == "test.yaml:47:47: starting_backlog[0].count: -1; expected a whole number of waiting messages >= 0")
    }

    @Test func startingBacklogNeedsNoWarmUp() {
        let warm = teamChanged("  warmup_days: 0", "  warmup_days: 7")
        #expect(failure(warm)
            == "test.yaml:46:1: starting_backlog: messages waiting at the start arrive in the warm-up (run.warmup_days is 7), which is never counted; expected run.warmup_days: 0 with a starting backlog")
        #expect(failure(teamChanged("count: 20}", "count: 0}", in: warm)) == nil)
    }

    @Test func urgentThreshold() {
        #expect(failure(teamChanged("  urgent_threshold_minutes: 10", "  urgent_threshold_minutes: 0"))
            == "test.yaml:9:29: service_level.urgent_threshold_minutes: 0; expected a number of minutes > 0 and at most 525600: an urgent message that waits longer is late")
    }

    @Test func shiftSite() {
        #expect(failure(teamChanged("    site: emmen", "    site: zwolle"))
            == "test.yaml:54:11: shifts[0].site: \"zwolle\" is not a site; expected one of the sites: emmen, assen, hoogeveen")
        #expect(failure(teamWithout("    site: emmen"))
            == "test.yaml:49:5: shifts[0].site: required key is missing; expected the site of the shift's officers, one of emmen, assen, hoogeveen")
        let noSites = teamWithout("sites: [emmen, assen, hoogeveen]", "regions:", "  - {name: zuidoost, share: 0.45, site: emmen}",
                                  "  - {name: noord, share: 0.35, site: assen}", "  - {name: zuidwest, share: 0.2, site: hoogeveen}",
                                  "routing: {policy: overflow, after_minutes: 20}", "    site: assen")
        #expect(failure(noSites)
            == "test.yaml:48:11: shifts[0].site: \"emmen\" is not a site; expected team, the one site of a scenario without sites")
    }

    @Test func breakForm() {
        let fixed = #"{at: "18:00", minutes: 30}"#
        let form = "expected exactly one of at (the break's fixed start, HH:MM) or between (the window [HH:MM, HH:MM] the break lies in)"
        #expect(failure(teamChanged(fixed, #"{at: "18:00", between: ["17:00", "20:00"], minutes: 30}"#))
            == "test.yaml:56:23: shifts[0].breaks[0].between: cannot be given together with at; \(form)")
        #expect(failure(teamChanged(fixed, "{minutes: 30}")) == "test.yaml:56:9: shifts[0].breaks[0]: none of at, between is given; \(form)")
        #expect(failure(teamChanged(fixed, #"{at: "18:00", minutes: 0}"#))
            == "test.yaml:56:32: shifts[0].breaks[0].minutes: 0; expected the break's length, a whole number of minutes > 0")
        #expect(failure(teamChanged(fixed, #"{at: "18:00", minutes: 600}"#))
            == "test.yaml:56:32: shifts[0].breaks[0].minutes: a 600-minute break in a 480-minute shift; expected a break within the shift's hours")
    }

    @Test func breakWindow() {
        let window = #"{between: ["17:00", "20:00"], minutes: 30}"#
        #expect(failure(teamChanged(window, #"{between: ["17:00", "17:20"], minutes: 30}"#))
            == "test.yaml:57:19: shifts[0].breaks[1].between: a 20-minute window for a 30-minute break; expected a window at least as long as the break")
        #expect(failure(teamChanged(window, #"{between: ["20:00", "17:00"], minutes: 30}"#))
            == "test.yaml:57:19: shifts[0].breaks[1].between: the window ends at or before it starts; expected [earliest start, latest end], two times HH:MM")
        #expect(failure(teamChanged(window, #"{between: ["17:00", "18:00", "20:00"], minutes: 30}"#))
            == "test.yaml:57:19: shifts[0].breaks[1].between: 3 values; expected [earliest start, latest end], two times HH:MM")
        #expect(failure(teamChanged(window, #"{between: ["17:00", "25:00"], minutes: 30}"#))
            == "test.yaml:57:29: shifts[0].breaks[1].between[1]: \"25:00\" is not a time of day; expected HH:MM between 00:00 and 24:00")
    }

    @Test func breakOutsideItsShift() {
        let fixed = #"{at: "18:00", minutes: 30}"#
        #expect(failure(teamChanged(fixed, #"{at: "21:45", minutes: 30}"#))
            == "test.yaml:56:9: shifts[0].breaks[0]: the break 21:45-22:15 is not inside the shift 14:00-22:00; expected a break within the shift's hours")
        #expect(failure(teamChanged(fixed, #"{at: "13:30", minutes: 30}"#))
            == "test.yaml:56:9: shifts[0].breaks[0]: the break 13:30-14:00 is not inside the shift 14:00-22:00; expected a break within the shift's hours")
        #expect(failure(teamChanged(#"["23:30", "02:00"]"#, #"["05:30", "07:00"]"#))
            == "test.yaml:64:14: shifts[1].breaks[0]: the window 05:30-07:00 is not inside the shift 22:00-06:00; expected a break within the shift's hours")
    }

    @Test func urgentAndFollowUp() {
        #expect(failure(teamChanged("    urgent: true", "    urgent: yes"))
            == "test.yaml:24:13: kinds[1].urgent: \"yes\" is not true or false; expected true or false: whether the kind is urgent (goes before every kind that is not)")
        #expect(failure(teamChanged("probability: 0.3", "probability: 1"))
            == "test.yaml:20:30: kinds[0].follow_up.probability: 1; expected the chance that a reply is answered by the citizen, >= 0 and <= 0.9")
        #expect(failure(teamChanged("{probability: 0.3, delay: {dist: exponential, mean: 30}, ", "{probability: 0.3, "))
            == "test.yaml:20:16: kinds[0].follow_up.delay: required key is missing; expected \(distributionText)")
        #expect(failure(teamChanged("{probability: 0.3,", "{chance: 0.3,"))
            == "test.yaml:20:17: kinds[0].follow_up.chance: unknown key; expected one of probability, delay, handling")
    }

    @Test func overrideOfANewFieldNamesTheArgument() {
        #expect(failure(fullTeamScenario, set: ["concurrency.conversations=0"])
            == "test.yaml:32:18: --set concurrency.conversations=0: concurrency.conversations: 0; expected a whole number of conversations one officer has in hand at once, 1 to 16")
        #expect(failure(fullTeamScenario, set: ["shifts.late.site=zwolle"])
            == "test.yaml:54:11: --set shifts.late.site=zwolle: shifts[0].site: \"zwolle\" is not a site; expected one of the sites: emmen, assen, hoogeveen")
    }
}
