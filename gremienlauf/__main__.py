from gremienlauf.cli import main

main()
