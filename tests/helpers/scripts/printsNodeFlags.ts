/** Prints the flags Node was started with, so tests can see how run.mjs starts scripts. */
console.log(JSON.stringify(process.execArgv))
