// the sources are planned, but 0001_init/up.sql was edited by hand: plan-check fails the build naming the file
def log = new File(basedir, 'build.log').text
assert log.contains(':plan-check (default)')
assert log.contains('error[S2031]: migrations/0001_init/up.sql was edited: it is not the SQL of plan.json')
assert log.contains("strata plan exited with code 1 (validation problem: the sources, the plans or a check); its messages are above.")
true
