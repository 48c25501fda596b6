#!/usr/bin/env bash
# Submits a webcare-sim run, compare or sweep to Slurm as N shards (a job array) and a merge job
# that waits for all of them (afterok). Run it from the folder the scenario paths are relative to;
# the shards and the merge must see the same files (a shared file system).
#
#   scenarios/cluster/submit.sh N OUT COMMAND ARGS... [-- MERGE-ARGS...]
#   scenarios/cluster/submit.sh 8 study compare scenarios/drenthe-14-22.yaml scenarios/drenthe-09-22.yaml -- --report study.html
#
# writes OUT/parts/part-I-of-N.json and then OUT/results/ (summary.json, comparison.json, ...);
# prints the two job ids. WEBCARE_SIM (default: webcare-sim on PATH) names the binary.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 N OUT COMMAND ARGS... [-- MERGE-ARGS...]" >&2
  exit 64
fi
N=$1 OUT=$2
shift 2
run=() merge=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do run+=("$1"); shift; done
[ $# -gt 0 ] && shift
merge=("$@")
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
export SHARDS=$N PARTS=$OUT/parts OUT=$OUT/results WEBCARE_SIM=${WEBCARE_SIM:-webcare-sim}
JOBID=$(sbatch --parsable --array=0-$((N - 1)) --output="$PARTS.%a.log" --export=ALL "$here/shard.sbatch" "${run[@]}")
JOBID=${JOBID%%;*}
MERGEID=$(sbatch --parsable --dependency=afterok:"$JOBID" --output="$OUT.log" --export=ALL "$here/merge.sbatch" "${merge[@]}")
echo "shards: job $JOBID (array 0-$((N - 1))); merge: job ${MERGEID%%;*} (after every shard ends well)"
