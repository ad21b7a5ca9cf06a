/** What a page shares: WeChat's card shows the title and image and opens the path. */
export interface ShareContent {
  title: string;
  path: string;
  /** Falls back to the app's cover. */
  imageUrl?: string | null;
}
