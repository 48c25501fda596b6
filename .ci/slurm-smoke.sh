#!/usr/bin/env bash
# The Slurm path, really run: installs slurm-wlm and munge from Debian when they are missing,
# starts munged, slurmctld and slurmd on this machine (one node on 127.0.0.1, every file in a
# temporary folder, ports 6917/6918), submits a compare of two shipped scenarios as a 3-task job
# array with scenarios/cluster/submit.sh (the merge job waits with --dependency=afterok), and
# compares the merged results with a local run byte for byte (the `performance` blocks, the
# runs' own timings, aside). Every daemon it started is stopped by its process id on exit.
# Prints "skipped: ..." and passes only where the packages cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${BIN:-.build/release/webcare-sim}")
SHARDS=${SHARDS:-3}
started=$(date +%s)

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq slurm-wlm munge; } >/dev/null 2>&1; then
    echo "skipped: slurm-wlm and munge cannot be installed with apt-get here"
    exit 0
  fi
fi

work=$(mktemp -d /tmp/webcare-slurm.XXXXXX)
chmod 700 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "slurm-smoke: $1" >&2
  for log in "$work"/*.log "$work"/study/*.log; do [ -f "$log" ] && { echo "== $log" >&2; tail -20 "$log" >&2; }; done
  exit 1
}

mkdir -p "$work/state" "$work/spool" "$work/munge"
mungekey --create --keyfile="$work/munge/munge.key" >/dev/null 2>&1 \
  || dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 600 "$work/munge/munge.key"
socket=$work/munge/munge.socket
munged --foreground --force --socket="$socket" --key-file="$work/munge/munge.key" \
  --pid-file="$work/munge/munged.pid" --log-file="$work/munged.log" --seed-file="$work/munge/seed" > "$work/munged.out.log" 2>&1 &
pids+=($!)

cpus=$(nproc)
memory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2 ))
cat > "$work/slurm.conf" <<CONF
ClusterName=webcare-smoke
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=6917
SlurmdPort=6918
SlurmUser=$(id -un)
SlurmdUser=$(id -un)
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
NodeName=smoke NodeAddr=127.0.0.1 NodeHostname=$(hostname -s) CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=smoke Nodes=smoke Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$work/slurm.conf
for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
[ -S "$socket" ] || fail "munged did not start"
slurmctld -D -f "$SLURM_CONF" > "$work/slurmctld.out.log" 2>&1 &
pids+=($!)
slurmd -D -N smoke -f "$SLURM_CONF" > "$work/slurmd.out.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  state=$(sinfo -h -n smoke -o %t 2>/dev/null || true)
  [ "$state" = idle ] && break
  sleep 0.2
done
[ "$state" = idle ] || fail "the node did not come up (state: ${state:-none})"
echo "slurm-smoke: munged, slurmctld and slurmd up after $(( $(date +%s) - started )) s"

run=(compare scenarios/drenthe-14-22.yaml scenarios/drenthe-09-22.yaml
     --set run.horizon_weeks=2 --set run.warmup_days=2 --replications 12)
WEBCARE_SIM=$BIN scenarios/cluster/submit.sh "$SHARDS" "$work/study" "${run[@]}" -- --report "$work/study/report.html"
for _ in $(seq 600); do
  [ -z "$(squeue -h -o %i 2>/dev/null)" ] && break
  sleep 0.5
done
[ -z "$(squeue -h -o %i)" ] || fail "jobs still queued after 300 s"
[ -f "$work/study/results/comparison.json" ] || fail "the merge job wrote no results"
[ -f "$work/study/report.html" ] || fail "the merge job wrote no report"

"$BIN" "${run[@]}" --out "$work/local" > /dev/null
strip() { awk '/"performance" : \{/ {skip = 1} !skip {print} skip && /\}/ {skip = 0}' "$1"; }
compared=0
while IFS= read -r file; do
  name=${file#"$work/local/"}
  [ "$name" = .webcare-sim-output ] && continue
  [ -f "$work/study/results/$name" ] || fail "$name: missing from the merged results"
  cmp -s <(strip "$file") <(strip "$work/study/results/$name") || fail "$name: the merged file differs from the local run"
  compared=$((compared + 1))
done < <(find "$work/local" -type f | sort)
echo "slurm-smoke: $SHARDS shards and the merge ran under Slurm; $compared files identical to the local run; $(( $(date +%s) - started )) s in all"
