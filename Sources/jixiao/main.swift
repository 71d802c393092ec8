import JixiaoCLI

Jixiao.runAndExit()
