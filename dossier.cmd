@echo off
rem dossier launcher for Windows: UTF-8 console and file names, then the bundled jar.
setlocal
chcp 65001 >nul
set "JAR=%~dp0cli\target\dossier.jar"
if not exist "%JAR%" set "JAR=%~dp0dossier.jar"
if not exist "%JAR%" (
  echo dossier: cannot find dossier.jar, run make build first 1>&2
  exit /b 3
)
rem The class-data archive make build leaves beside the jar; a JDK it does not fit ignores it, silently.
set "CDS="
if exist "%JAR:~0,-4%.jsa" set "CDS=-XX:SharedArchiveFile=%JAR:~0,-4%.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
rem A command-line run is short: the quick compiler alone starts faster. package hashes every file it
rem bundles (SHA-256, gigabytes), which only the full compiler does at hardware speed (see ./dossier).
set "TIER=-XX:TieredStopAtLevel=1"
if /i "%~1"=="package" set "TIER="
java %CDS% %TIER% -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 %DOSSIER_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
