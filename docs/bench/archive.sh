# Sourced by the start-measuring scripts: the class-data archive option for a jar, as the README's run command
# gives it, when `mvn package` left inn-co.jsa beside that jar (an archive belongs to one jar at one path).
# ARCHIVES=off leaves it out.
archive_option() { # jar
  if [ "${ARCHIVES:-on}" != off ] && [ -f "${1%.jar}.jsa" ]; then echo "-XX:SharedArchiveFile=${1%.jar}.jsa"; fi
}

# The README's run command also raises the optimising compiler's thresholds fivefold ("A faster start").
# JIT=default leaves them at the JVM's defaults.
jit_options() {
  if [ "${JIT:-readme}" != default ]; then echo "-XX:Tier4InvocationThreshold=25000 -XX:Tier4MinInvocationThreshold=3000 -XX:Tier4CompileThreshold=75000"; fi
}
