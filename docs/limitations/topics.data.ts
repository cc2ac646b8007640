/** The topics for the overview page, from their own files (as the sidebar reads them). */
import { readTopics, type Topic } from '../.vitepress/topics'

declare const data: Topic[]
export { data }

export default { watch: ['./*.md'], load: readTopics }
