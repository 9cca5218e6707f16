/** One error code's HTTP status and its message for people, in zh-CN and en. */
export interface ErrorEntry {
  status: number;
  zh: string;
  en: string;
}
