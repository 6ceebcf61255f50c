// The config file's name, looked for in the working folder and each folder above it. A module of its own so that
// `mtaudit --help`, which names the file, loads nothing of the config's parsing (zod).
export const CONFIG_FILE_NAME = '.mtauditrc.json'
