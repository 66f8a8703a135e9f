// the build: the bindings generated, the application compiled against them, the plans tested into a JUnit report
assert new File(basedir, 'target/generated-sources/strata/it/ledger/api/v1/LedgerApiV1.java').isFile()
assert new File(basedir, 'target/classes/it/shop/Balances.class').isFile()
def report = new File(basedir, 'target/strata-reports/TEST-strata.xml').text
assert report.contains('<testsuite') && report.contains('0001_init')
assert !report.contains('<failure') && !report.contains('<error')
// the deployment and its rollback, on the project's embedded database
def logs = basedir.listFiles().findAll { it.name.startsWith('build') && it.name.endsWith('.log') }
def log = logs.collect { it.text }.join('\n')
assert log.contains('applied 1 plan: 0001_init to ')
assert log.contains('current plan:  0001_init')
assert log.contains('rolled back 1 plan: 0001_init on ')
assert log.contains('pending plans: 0001_init')
assert new File(basedir, 'src/main/strata/.strata/embedded').isDirectory()
true
