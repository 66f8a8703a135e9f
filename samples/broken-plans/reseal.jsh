// Re-seals a hand-edited plan: recomputes plan.json's checksum and rewrites up.sql and down.sql from it, so that
// `strata test` (not the checksum verification) is what catches the edit. Used to make the broken samples here:
//   PLAN=samples/broken-plans/reverse-loses-data/migrations/0002_drop-nickname \
//     jshell --class-path cli/target/strata.jar samples/broken-plans/reseal.jsh
// Only for the last plan of a chain (a later plan records its parent's checksum).
import dev.strata.compiler.plan.PlanJson;
import dev.strata.compiler.plan.SqlScripts;
import java.nio.file.Files;
import java.nio.file.Path;

var dir = Path.of(System.getenv("PLAN"));
var plan = PlanJson.seal(PlanJson.read(Files.readString(dir.resolve("plan.json"))));
Files.writeString(dir.resolve("plan.json"), PlanJson.text(plan));
Files.writeString(dir.resolve("up.sql"), SqlScripts.up(plan));
Files.writeString(dir.resolve("down.sql"), SqlScripts.down(plan));
System.out.println("resealed " + plan.id() + " " + plan.checksum());
/exit
