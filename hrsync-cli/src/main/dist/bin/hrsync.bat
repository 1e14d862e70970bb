@echo off
rem hrsync: the operator's tool. Runs on Java 17 or later: %JAVA_HOME%\bin\java.exe, else
rem java on the PATH. HRSYNC_OPTS adds JVM options.
setlocal
set "HRSYNC_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" %HRSYNC_OPTS% -cp "%HRSYNC_HOME%\lib\*" io.github.hrsync.cli.Hrsync %*
exit /b %ERRORLEVEL%
