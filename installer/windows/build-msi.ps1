# Builds Daicho's Windows installer: target\installer\package\Daicho-<version>.msi
# A per-user MSI: installs to %LOCALAPPDATA%\Daicho without administrator rights, adds a Start menu entry
# (group Daicho) and a desktop shortcut; a newer MSI replaces the installed version (fixed upgrade UUID in
# installer\windows\msi.txt). Records stay in %APPDATA%\Daicho and survive upgrades and uninstalls.
# Needs: JDK 17 (with jpackage), Maven 3.8+, and WiX Toolset 3.x (candle.exe and light.exe on PATH;
# from https://github.com/wixtoolset/wix3/releases; jpackage 17 does not use WiX 4 or later).
# Usage (PowerShell, from anywhere):  powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1 [-o]
# Extra arguments go to Maven.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

$missing = @()
foreach ($tool in 'java', 'jpackage', 'mvn', 'candle', 'light') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { $missing += $tool }
}
if ($missing.Count -gt 0) {
    Write-Error ("build-msi: missing " + ($missing -join ', ') + ". Install JDK 17, Maven and WiX Toolset 3.x (its bin folder on PATH).")
}

& mvn -B -ntp -Pinstaller package -DskipTests @args
if ($LASTEXITCODE -ne 0) { Write-Error "build-msi: the Maven build failed" }
Get-ChildItem target\installer\package
