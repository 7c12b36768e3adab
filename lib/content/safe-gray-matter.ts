/**
 * gray-matter with every front-matter language but YAML refused, process-wide.
 *
 * gray-matter picks the parser from the text after the opening `---`: `---js`
 * (or `---javascript`, any case) runs the front matter through `eval`, so a post
 * file could run code on the machine that checks or builds it. Callers override
 * only the `yaml` engine, so the defaults are what stand between a post and
 * `eval`. Contentlayer calls the same gray-matter module (the compiled config
 * keeps packages external, so both resolve node_modules/gray-matter), which is
 * why contentlayer.config.ts imports this module too: replacing the shared
 * defaults here protects its own read of every post as well as ours.
 */
import matter from 'gray-matter';

/** The languages gray-matter resolves itself (engine names and their aliases), plus common ones a post might name. */
const REFUSED_LANGUAGES = ['javascript', 'js', 'json', 'coffee', 'coffeescript', 'cson', 'toml'];

function refusingEngine(language: string) {
  const refuse = (): never => {
    throw new Error(`only YAML front matter (---) is accepted; found "---${language}"`);
  };
  return { parse: refuse, stringify: refuse };
}

// The shared defaults every call starts from (not in gray-matter's type declarations).
const engines = (matter as unknown as { engines: Record<string, unknown> }).engines;
for (const language of new Set([...Object.keys(engines), ...REFUSED_LANGUAGES])) {
  // js-yaml's safeLoad is gray-matter's own YAML default; callers replace it with `yaml` anyway.
  if (language !== 'yaml') engines[language] = refusingEngine(language);
}

export default matter;
