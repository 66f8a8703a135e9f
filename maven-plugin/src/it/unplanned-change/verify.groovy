// check passes (the change itself is fine), plan-check fails the build naming the change and what to do
def log = new File(basedir, 'build.log').text
assert log.contains('--- strata-maven-plugin:') && log.contains(':check (default)')
assert log.contains('[ERROR] not planned: the sources changed since plan 0001_init, the last of 1, and no plan covers add column core.note.pinned.')
assert log.contains("strata plan exited with code 1 (validation problem: the sources, the plans or a check); its messages are above.")
assert !new File(basedir, 'src/main/strata/migrations/0002_check').exists()
true
